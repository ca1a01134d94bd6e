package dev.x3ups.embedded.connect;

import dev.x3ups.embedded.rest.ConnectRestClient;
import org.apache.kafka.connect.cli.ConnectDistributed;
import org.apache.kafka.connect.runtime.Connect;
import org.apache.kafka.connect.runtime.distributed.DistributedHerder;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.function.Function;

/** One Connect worker in distributed mode running in this JVM. */
public final class ConnectWorker {

    private final String name;
    private final Map<String, String> properties;
    private final Function<Map<String, String>, Connect<DistributedHerder>> starter;
    private Connect<DistributedHerder> connect;
    private URI restUrl;

    ConnectWorker(String name, Map<String, String> properties,
                  Function<Map<String, String>, Connect<DistributedHerder>> starter) {
        this.name = name;
        this.properties = Map.copyOf(properties);
        this.starter = starter;
    }

    static ConnectWorker distributed(String name, Map<String, String> properties) {
        return new ConnectWorker(name, properties, props -> new ConnectDistributed().startConnect(props));
    }

    /** Starts the worker and waits until its REST API reports it healthy. */
    synchronized void start(Duration timeout) {
        if (connect != null) {
            throw new IllegalStateException(name + " already running");
        }
        connect = starter.apply(properties);
        restUrl = connect.rest().serverUrl();
        new HealthProbe(new ConnectRestClient(restUrl)).awaitHealthy(timeout);
    }

    public String name() {
        return name;
    }

    public synchronized boolean isRunning() {
        return connect != null;
    }

    /** Base URL of this worker's REST API, e.g. {@code http://127.0.0.1:41234/}. */
    public synchronized URI restUrl() {
        if (restUrl == null) {
            throw new IllegalStateException(name + " not started");
        }
        return restUrl;
    }

    public ConnectRestClient rest() {
        return new ConnectRestClient(restUrl());
    }

    /** The settings this worker was started with (secrets in overrides included: do not log this). */
    public Map<String, String> properties() {
        return properties;
    }

    /**
     * Graceful stop: the worker leaves the group, stops its tasks (committing offsets) and returns when
     * everything is down.
     */
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
        return "ConnectWorker[" + name + (restUrl == null ? "" : " " + restUrl) + "]";
    }
}
