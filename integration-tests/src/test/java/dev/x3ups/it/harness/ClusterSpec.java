package dev.x3ups.it.harness;

import java.util.LinkedHashMap;
import java.util.Map;

/** What a test cluster consists of: broker kind, worker count and worker settings. */
record ClusterSpec(BrokerKind broker, int workers, boolean exactlyOnceSource, boolean forkedWorkers,
                   Map<String, String> workerConfig) {

    static final ClusterSpec SHARED = new ClusterSpec(BrokerKind.EMBEDDED, 1, false, false, Map.of());

    ClusterSpec {
        if (workers < 1) {
            throw new IllegalArgumentException("a cluster needs at least one worker, got " + workers);
        }
        workerConfig = Map.copyOf(workerConfig);
    }

    static ClusterSpec of(DedicatedCluster annotation) {
        Map<String, String> config = new LinkedHashMap<>();
        for (String entry : annotation.workerConfig()) {
            int eq = entry.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("workerConfig entries are key=value, got '" + entry + "'");
            }
            config.put(entry.substring(0, eq).trim(), entry.substring(eq + 1).trim());
        }
        return new ClusterSpec(annotation.broker(), annotation.workers(), annotation.exactlyOnceSource(),
                annotation.forkedWorkers(), config);
    }
}
