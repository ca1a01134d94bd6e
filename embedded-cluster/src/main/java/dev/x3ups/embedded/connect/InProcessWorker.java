package dev.x3ups.embedded.connect;

import dev.x3ups.embedded.rest.ConnectRestClient;
import org.apache.kafka.connect.cli.ConnectDistributed;
import org.apache.kafka.connect.runtime.Connect;
import org.apache.kafka.connect.runtime.distributed.DistributedHerder;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.function.Function;

/**
 * A worker running in this JVM: cheapest to start, but it can only stop gracefully (see
 * {@link ForkedWorker} for one that can be killed).
 */
final class InProcessWorker implements ConnectWorker {

    private final String name;
    private final Map<String, String> properties;
    private final Function<Map<String, String>, Connect<DistributedHerder>> starter;
    private Connect<DistributedHerder> connect;
    private URI restUrl;

    InProcessWorker(String name, Map<String, String> properties,
                  Function<Map<String, String>, Connect<DistributedHerder>> starter) {
        this.name = name;
        this.properties = Map.copyOf(properties);
        this.starter = starter;
    }

    static InProcessWorker distributed(String name, Map<String, String> properties) {
        return new InProcessWorker(name, properties, props -> new ConnectDistributed().startConnect(props));
    }

    @Override
    public synchronized void start(Duration timeout) {
        if (connect != null) {
            throw new IllegalStateException(name + " already running");
        }
        try {
            connect = starter.apply(properties);
        } catch (RuntimeException e) {
            // Most often the REST listener's port is taken (a fixed port, as the quickstart uses).
            throw new IllegalStateException("worker " + name + " did not start listening on "
                    + properties.get("listeners") + ": " + e.getMessage(), e);
        }
        restUrl = connect.rest().serverUrl();
        new HealthProbe(new ConnectRestClient(restUrl)).awaitHealthy(timeout);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public synchronized boolean isRunning() {
        return connect != null;
    }

    @Override
    public synchronized URI restUrl() {
        if (restUrl == null) {
            throw new IllegalStateException(name + " not started");
        }
        return restUrl;
    }

    @Override
    public Map<String, String> properties() {
        return properties;
    }

    @Override
    public synchronized void stop() {
        if (connect == null) {
            return;
        }
        try {
            connect.stop();
            connect.awaitStop();
        } finally {
            connect = null;
        }
    }

    @Override
    public String toString() {
        return "InProcessWorker[" + name + (restUrl == null ? "" : " " + restUrl) + "]";
    }
}
