package dev.x3ups.it.harness;

import com.fasterxml.jackson.databind.JsonNode;
import dev.x3ups.embedded.rest.ConnectRestClient;
import dev.x3ups.embedded.rest.RestResponse;

import java.time.Duration;

import static org.awaitility.Awaitility.await;

/** Waits on connector and task states through the REST API, failing with the last status seen. */
public final class ConnectorAwait {

    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(60);

    private ConnectorAwait() {
    }

    /** Until the connector and exactly {@code tasks} tasks are RUNNING. */
    public static JsonNode untilRunning(ConnectRestClient rest, String connector, int tasks) {
        return untilState(rest, connector, "RUNNING", tasks);
    }

    /** Until the connector and all of its {@code tasks} tasks report {@code state}. */
    public static JsonNode untilState(ConnectRestClient rest, String connector, String state, int tasks) {
        return await("connector " + connector + " " + state + " with " + tasks + " task(s)")
                .atMost(DEFAULT_TIMEOUT)
                .pollInterval(Duration.ofMillis(200))
                .until(() -> rest.status(connector), status -> inState(status, state, tasks))
                .body();
    }

    /** Until some task of the connector is FAILED; returns the status, whose trace tells why. */
    public static JsonNode untilTaskFailed(ConnectRestClient rest, String connector) {
        return await("a task of " + connector + " FAILED")
                .atMost(DEFAULT_TIMEOUT)
                .pollInterval(Duration.ofMillis(200))
                .until(() -> rest.status(connector), ConnectorAwait::anyTaskFailed)
                .body();
    }

    /** Until GET /connectors/{name} answers 404. */
    public static void untilDeleted(ConnectRestClient rest, String connector) {
        await("connector " + connector + " deleted")
                .atMost(DEFAULT_TIMEOUT)
                .pollInterval(Duration.ofMillis(200))
                .until(() -> rest.status(connector).status() == 404);
    }

    static boolean inState(RestResponse status, String state, int tasks) {
        if (status.status() != 200) {
            return false;
        }
        JsonNode body = status.body();
        if (!state.equals(body.path("connector").path("state").asText())) {
            return false;
        }
        JsonNode taskStates = body.path("tasks");
        if (taskStates.size() != tasks) {
            return false;
        }
        for (JsonNode task : taskStates) {
            if (!state.equals(task.path("state").asText())) {
                return false;
            }
        }
        return true;
    }

    static boolean anyTaskFailed(RestResponse status) {
        for (JsonNode task : status.body().path("tasks")) {
            if ("FAILED".equals(task.path("state").asText())) {
                return true;
            }
        }
        return false;
    }
}
