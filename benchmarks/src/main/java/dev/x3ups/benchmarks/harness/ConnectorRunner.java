package dev.x3ups.benchmarks.harness;

import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import dev.x3ups.embedded.rest.ConnectRestClient;
import dev.x3ups.embedded.rest.RestResponse;
import java.time.Duration;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Creates a connector, waits until it and its tasks run, and deletes it again (waiting until it is gone). */
public final class ConnectorRunner {

    private static final Logger LOG = LoggerFactory.getLogger(ConnectorRunner.class);

    private static final Duration START = Duration.ofSeconds(90);

    private final ConnectRestClient rest;

    public ConnectorRunner(ConnectRestClient rest) {
        this.rest = rest;
    }

    public void start(String name, Map<String, String> config) {
        rest.createConnector(name, config).orThrow();
        int tasks = Integer.parseInt(config.getOrDefault("tasks.max", "1"));
        await("connector " + name + " running").atMost(START).pollInterval(Duration.ofMillis(100))
                .until(() -> running(rest.status(name), tasks));
    }

    public void delete(String name) {
        rest.deleteConnector(name);
        await("connector " + name + " deleted").atMost(START).pollInterval(Duration.ofMillis(100))
                .until(() -> rest.status(name).status() == 404);
    }

    /** Deletes without failing: used on the way out of a run that may already be failing. */
    public void deleteQuietly(String name) {
        try {
            delete(name);
        } catch (RuntimeException e) {
            LOG.warn("connector {} not deleted: {}", name, e.toString());
        }
    }

    /** Fails fast with the task's trace when a task died, instead of waiting out a timeout. */
    public static boolean running(RestResponse status, int tasks) {
        if (!status.isSuccess()) {
            return false;
        }
        JsonNode body = status.body();
        int runningTasks = 0;
        for (JsonNode task : body.path("tasks")) {
            String state = task.path("state").asText();
            if ("FAILED".equals(state)) {
                String trace = task.path("trace").asText("");
                throw new IllegalStateException("task failed: " + trace.lines().limit(3).reduce("", (a, b) -> a + " " + b));
            }
            if ("RUNNING".equals(state)) {
                runningTasks++;
            }
        }
        return "RUNNING".equals(body.path("connector").path("state").asText()) && runningTasks == tasks;
    }
}
