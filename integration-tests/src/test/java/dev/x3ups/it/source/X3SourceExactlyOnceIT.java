package dev.x3ups.it.source;

import static dev.x3ups.it.source.X3SourceScenarios.assertEachOnce;
import static dev.x3ups.it.source.X3SourceScenarios.createSales;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.x3ups.it.harness.ConnectCluster;
import dev.x3ups.it.harness.ConnectIT;
import dev.x3ups.it.harness.ConnectorAwait;
import dev.x3ups.it.harness.DedicatedCluster;
import dev.x3ups.it.harness.TestNames;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * With exactly-once source support on the worker, restarting the connector and the worker while the
 * source is mid-way through a backlog loses and repeats nothing.
 */
@ConnectIT
@DedicatedCluster(exactlyOnceSource = true)
class X3SourceExactlyOnceIT {

    private static void awaitAtLeast(SourceRun run, int count) {
        await("at least " + count + " orders on " + run.topic).atMost(Duration.ofSeconds(90))
                .pollInterval(Duration.ofMillis(200)).until(() -> run.seen().size() >= count);
    }

    @Test
    void connectorAndWorkerRestartsMidStreamLoseAndRepeatNothing(ConnectCluster cluster, TestNames names) {
        try (SourceRun run = SourceRun.start(cluster, names)) {
            List<String> keys = createSales(run, 60);
            // Slow X3 down so the backlog is still being read when the restarts happen.
            run.x3.faults().latency(Duration.ofMillis(80));
            Map<String, String> config = run.restConfig();
            config.put("x3.entities", "SALES");
            config.put("page.size", "5");
            config.put("exactly.once.support", "required");
            run.create(config, 1);

            awaitAtLeast(run, 10);
            assertThat(run.seen()).as("still mid-stream when the connector restarts").hasSizeLessThan(keys.size());
            run.rest().restart(run.connector, true, false).orThrow();
            ConnectorAwait.untilRunning(run.rest(), run.connector, 1);

            awaitAtLeast(run, 30);
            assertThat(run.seen()).as("still mid-stream when the worker stops").hasSizeLessThan(keys.size());
            cluster.connect().stopWorker(0);
            cluster.connect().addWorker();
            ConnectorAwait.untilRunning(run.rest(), run.connector, 1);

            run.x3.faults().clear();
            run.awaitKeys(keys);
            run.awaitMoreQueries(X3SourceScenarios.SALES_QUERIES, 2);
            assertEachOnce(run, keys);
        }
    }
}
