package dev.x3ups.embedded.connect;

import org.apache.kafka.connect.cli.ConnectDistributed;
import org.apache.kafka.connect.runtime.Connect;
import org.apache.kafka.connect.runtime.distributed.DistributedHerder;

import java.time.Duration;
import java.util.Map;
import java.util.function.Function;

/**
 * A worker running in this JVM: cheapest to start, but it can only stop gracefully (see
 * {@link ForkedWorker} for one that can be killed).
 */
final class InProcessWorker extends WorkerBase {

    private final Function<Map<String, String>, Connect<DistributedHerder>> starter;
    private Connect<DistributedHerder> connect;

    InProcessWorker(String name, Map<String, String> properties,
                  Function<Map<String, String>, Connect<DistributedHerder>> starter) {
        super(name, properties);
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
        listening(connect.rest().serverUrl(), timeout);
    }

    @Override
    public synchronized boolean isRunning() {
        return connect != null;
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
}
