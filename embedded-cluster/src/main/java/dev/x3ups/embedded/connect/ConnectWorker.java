package dev.x3ups.embedded.connect;

import dev.x3ups.embedded.rest.ConnectRestClient;

import java.net.URI;
import java.time.Duration;
import java.util.Map;

/** One distributed-mode Connect worker of an {@link EmbeddedConnect} cluster. */
public interface ConnectWorker {

    String name();

    /** Starts the worker and waits until its REST API reports it healthy. */
    void start(Duration timeout);

    boolean isRunning();

    /** Base URL of this worker's REST API, e.g. {@code http://127.0.0.1:41234/}. */
    URI restUrl();

    default ConnectRestClient rest() {
        return new ConnectRestClient(restUrl());
    }

    /** The settings this worker was started with (may hold secrets: do not log them). */
    Map<String, String> properties();

    /**
     * Graceful stop: the worker leaves the group, stops its tasks (committing offsets) and returns when
     * everything is down. Does nothing if the worker is not running.
     */
    void stop();
}
