package dev.x3ups.embedded.connect;

import dev.x3ups.embedded.rest.ConnectRestClient;

import java.net.URI;
import java.time.Duration;
import java.util.Map;

/**
 * What every kind of worker keeps the same way: its name, its settings and, once it listens, its REST
 * URL. Subclasses start and stop it and call {@link #listening} when its REST API is up.
 */
abstract class WorkerBase implements ConnectWorker {

    protected final String name;
    protected final Map<String, String> properties;
    private volatile URI restUrl;

    WorkerBase(String name, Map<String, String> properties) {
        this.name = name;
        this.properties = Map.copyOf(properties);
    }

    /** Records where the worker listens and waits until its REST API reports it healthy. */
    protected final void listening(URI url, Duration timeout) {
        restUrl = url;
        new HealthProbe(new ConnectRestClient(url)).awaitHealthy(timeout);
    }

    @Override
    public final String name() {
        return name;
    }

    @Override
    public final URI restUrl() {
        if (restUrl == null) {
            throw new IllegalStateException(name + " not started");
        }
        return restUrl;
    }

    @Override
    public final Map<String, String> properties() {
        return properties;
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "[" + name + (restUrl == null ? "" : " " + restUrl) + "]";
    }
}
