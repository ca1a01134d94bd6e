package dev.x3ups.embedded.connect;

import dev.x3ups.embedded.rest.ConnectRestClient;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * A distributed Connect cluster of one or more workers in this JVM, sharing one group and its internal
 * topics. Stop it before the broker it runs on.
 */
public final class EmbeddedConnect implements AutoCloseable {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(60);

    private final String bootstrapServers;
    private final String groupId;
    private final Path pluginPath;
    private final boolean exactlyOnceSource;
    private final Map<String, String> overrides;
    private final int initialWorkers;
    private final boolean forked;
    private final WorkerFactory factory;
    private final List<ConnectWorker> workers = new ArrayList<>();

    EmbeddedConnect(Builder builder, WorkerFactory factory) {
        this.bootstrapServers = builder.bootstrapServers;
        this.groupId = builder.groupId;
        this.pluginPath = builder.pluginPath;
        this.exactlyOnceSource = builder.exactlyOnceSource;
        this.overrides = Map.copyOf(builder.overrides);
        this.initialWorkers = builder.workers;
        this.forked = builder.forked;
        this.factory = factory;
    }

    public static Builder builder(String bootstrapServers) {
        return new Builder(bootstrapServers);
    }

    /** Starts the configured number of workers side by side and returns once all are healthy. */
    public synchronized EmbeddedConnect start() {
        if (!workers.isEmpty()) {
            throw new IllegalStateException("cluster already started");
        }
        List<CompletableFuture<Void>> starts = new ArrayList<>();
        for (int i = 0; i < initialWorkers; i++) {
            ConnectWorker worker = newWorker(forked);
            starts.add(CompletableFuture.runAsync(() -> worker.start(START_TIMEOUT), runnable -> {
                Thread thread = new Thread(runnable, worker.name() + "-start");
                thread.setDaemon(true);
                thread.start();
            }));
        }
        try {
            CompletableFuture.allOf(starts.toArray(CompletableFuture[]::new)).join();
        } catch (CompletionException e) {
            close();
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
        return this;
    }

    /** Starts one more worker (forked if the cluster is) in the same group and waits until it is healthy. */
    public synchronized ConnectWorker addWorker() {
        ConnectWorker worker = newWorker(forked);
        worker.start(START_TIMEOUT);
        return worker;
    }

    /** Starts one more worker in its own JVM, one that {@link #killWorker(int)} can crash. */
    public synchronized ConnectWorker addForkedWorker() {
        ConnectWorker worker = newWorker(true);
        worker.start(START_TIMEOUT);
        return worker;
    }

    private ConnectWorker newWorker(boolean inChildJvm) {
        String name = groupId + "-worker-" + workers.size();
        ConnectWorker worker = inChildJvm
                ? factory.forked(name, workerProperties())
                : factory.inProcess(name, workerProperties());
        workers.add(worker);
        return worker;
    }

    /** Every worker started so far, stopped ones included, in start order. */
    public synchronized List<ConnectWorker> workers() {
        return List.copyOf(workers);
    }

    public synchronized List<ConnectWorker> runningWorkers() {
        return workers.stream().filter(ConnectWorker::isRunning).toList();
    }

    public synchronized ConnectWorker worker(int index) {
        return workers.get(index);
    }

    /** Graceful stop of one worker; its connectors and tasks move to the others after a rebalance. */
    public void stopWorker(int index) {
        worker(index).stop();
    }

    /**
     * Crashes a forked worker (SIGKILL): its tasks move only after the group notices it is gone
     * ({@code session.timeout.ms}, then {@code scheduled.rebalance.max.delay.ms}; lower both for
     * failover tests). In-process workers cannot crash, so they are refused.
     */
    public void killWorker(int index) {
        ConnectWorker worker = worker(index);
        if (!(worker instanceof ForkedWorker forkedWorker)) {
            throw new IllegalStateException(worker.name() + " runs in this JVM and cannot be killed; "
                    + "start it with addForkedWorker() or a forked cluster");
        }
        forkedWorker.kill();
    }

    /** REST client for the first running worker. */
    public ConnectRestClient rest() {
        List<ConnectWorker> running = runningWorkers();
        if (running.isEmpty()) {
            throw new IllegalStateException("no running worker");
        }
        return running.get(0).rest();
    }

    public String groupId() {
        return groupId;
    }

    public String bootstrapServers() {
        return bootstrapServers;
    }

    /** Stops all workers, newest first, each waiting for its tasks to end. */
    @Override
    public synchronized void close() {
        RuntimeException failure = null;
        for (int i = workers.size() - 1; i >= 0; i--) {
            try {
                workers.get(i).stop();
            } catch (RuntimeException e) {
                if (failure == null) {
                    failure = e;
                } else {
                    failure.addSuppressed(e);
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
    }

    Map<String, String> workerProperties() {
        return WorkerProperties.distributed(bootstrapServers, groupId, pluginPath, exactlyOnceSource, overrides);
    }

    /** Creates workers; tests replace it to avoid starting real ones. */
    interface WorkerFactory {
        ConnectWorker inProcess(String name, Map<String, String> properties);

        ConnectWorker forked(String name, Map<String, String> properties);
    }

    private static final class RealWorkers implements WorkerFactory {
        @Override
        public ConnectWorker inProcess(String name, Map<String, String> properties) {
            return InProcessWorker.distributed(name, properties);
        }

        @Override
        public ConnectWorker forked(String name, Map<String, String> properties) {
            return ForkedWorker.distributed(name, properties);
        }
    }

    /** Cluster options. */
    public static final class Builder {
        private final String bootstrapServers;
        private String groupId = "connect-" + UUID.randomUUID().toString().substring(0, 8);
        private Path pluginPath;
        private boolean exactlyOnceSource;
        private int workers = 1;
        private boolean forked;
        private final Map<String, String> overrides = new LinkedHashMap<>();

        Builder(String bootstrapServers) {
            if (bootstrapServers == null || bootstrapServers.isBlank()) {
                throw new IllegalArgumentException("bootstrap servers required");
            }
            this.bootstrapServers = bootstrapServers;
        }

        /** Group id; the internal topics are named after it. Defaults to a fresh random one. */
        public Builder groupId(String groupId) {
            this.groupId = groupId;
            return this;
        }

        /** Directory holding plugin directories or archives, e.g. the exploded plugin archive. */
        public Builder pluginPath(Path pluginPath) {
            this.pluginPath = pluginPath;
            return this;
        }

        public Builder exactlyOnceSource(boolean enabled) {
            this.exactlyOnceSource = enabled;
            return this;
        }

        public Builder workers(int count) {
            if (count < 1) {
                throw new IllegalArgumentException("at least one worker");
            }
            this.workers = count;
            return this;
        }

        /**
         * Runs every worker in its own child JVM (same classpath), so any of them can be killed. Costs
         * a JVM start per worker.
         */
        public Builder forkedWorkers(boolean forked) {
            this.forked = forked;
            return this;
        }

        public Builder workerConfig(String key, String value) {
            overrides.put(key, value);
            return this;
        }

        public Builder workerConfig(Map<String, String> settings) {
            overrides.putAll(settings);
            return this;
        }

        public EmbeddedConnect build() {
            return new EmbeddedConnect(this, new RealWorkers());
        }

        EmbeddedConnect build(WorkerFactory factory) {
            return new EmbeddedConnect(this, factory);
        }
    }
}
