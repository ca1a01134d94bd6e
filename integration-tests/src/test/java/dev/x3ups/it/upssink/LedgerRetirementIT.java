package dev.x3ups.it.upssink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.x3ups.it.harness.CapturedLog;
import dev.x3ups.it.harness.ConnectCluster;
import dev.x3ups.it.harness.ConnectIT;
import dev.x3ups.it.harness.ConnectorAwait;
import dev.x3ups.it.harness.TestNames;
import dev.x3ups.records.Order;
import dev.x3ups.records.ShipmentLedgerEntry;
import dev.x3ups.records.ShipmentState;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * Ledger retirement on the real broker (docs/architecture.md, "Retirement"): orders final for longer than
 * {@code ledger.retention.ms} get a tombstone, compaction then removes every record of them, and a restarted task
 * reads only the live orders.
 */
@ConnectIT
class LedgerRetirementIT {
    private static final Pattern CAUGHT_UP = Pattern.compile("ledger caught up: (\\d+) live entries, (\\d+) records");

    @Test
    void finalOrdersAreTombstonedCompactedAwayAndARestartedTaskReadsOnlyTheLiveOnes(ConnectCluster cluster,
                                                                                    TestNames names, CapturedLog log) {
        try (UpsSinkRun run = UpsSinkRun.start(cluster, names, 1)) {
            // the ledger topic as an operator would shorten it for a test: segments roll at once, the cleaner
            // takes any dirt, tombstones go on the cleaner's next pass
            cluster.topics().create(run.ledger, 1, Map.of("cleanup.policy", "compact", "segment.ms", "500",
                    "min.cleanable.dirty.ratio", "0.01", "delete.retention.ms", "0", "min.compaction.lag.ms", "0"));
            Map<String, String> config = run.config();
            config.put("tasks.max", "1");
            config.put("ledger.retention.ms", "4000");
            config.put("ledger.retirement.interval.ms", "500");
            config.put("audit.period.ms", "1000"); // the retention must exceed it (and the re-ship backoff cap)
            config.put("subscription.enabled", "false"); // the live entries stay as first written
            run.create(config);

            // CREATED orders stay (final only subscription.renew.max.age.ms, 60 days, after they shipped);
            // FAILED ones are final at once, so retired 4 s later
            List<Order> live = run.orders(3);
            List<Order> failing = new ArrayList<>();
            for (int i = 1; i <= 3; i++) {
                failing.add(run.order("NOWGT" + i, UpsSinkRun.customer(),
                        List.of(UpsSinkRun.line(1, "IT0002", "1", null, null))));
            }
            List<Order> all = new ArrayList<>(live);
            all.addAll(failing);
            run.produce(all);
            Map<String, ShipmentLedgerEntry> first = run.awaitFinal(all, Duration.ofSeconds(60));
            failing.forEach(o -> assertThat(first.get(o.key()).state()).isEqualTo(ShipmentState.FAILED));
            live.forEach(o -> assertThat(first.get(o.key()).state()).isEqualTo(ShipmentState.CREATED));
            run.awaitCommitted(all.size());

            Set<String> retiredKeys = failing.stream().map(Order::key).collect(Collectors.toSet());
            await("tombstones for the failed orders").atMost(Duration.ofSeconds(60))
                    .pollInterval(Duration.ofMillis(500)).until(() -> tombstoned(run).containsAll(retiredKeys));
            Map<String, ShipmentLedgerEntry> latest = run.ledgerEntries();
            assertThat(latest.keySet()).doesNotContainAnyElementsOf(retiredKeys);
            live.forEach(o -> assertThat(latest.get(o.key())).as(o.key()).isEqualTo(first.get(o.key())));
            assertThat(tombstoned(run)).as("only the retired orders are tombstoned").isEqualTo(retiredKeys);
            assertThat(log.text()).contains("Retired ");

            // the cleaner only works on rolled segments: rewriting the live entries as they are rolls them
            await("compaction removed every record of the retired orders").atMost(Duration.ofSeconds(180))
                    .pollInterval(Duration.ofSeconds(1)).until(() -> {
                        live.forEach(o -> run.produceLedger(first.get(o.key())));
                        return recordsOf(run, retiredKeys) == 0;
                    });

            int caughtUpBefore = caughtUpLines(log).size();
            cluster.rest().restartTask(run.connector, 0).orThrow();
            ConnectorAwait.untilRunning(cluster.rest(), run.connector, 1);
            await("the restarted task caught up").atMost(Duration.ofSeconds(60))
                    .until(() -> caughtUpLines(log).size() > caughtUpBefore);
            Matcher restarted = caughtUpLines(log).get(caughtUpLines(log).size() - 1);
            assertThat(Integer.parseInt(restarted.group(1))).as("live entries after the restart")
                    .isEqualTo(live.size());
        }
    }

    /** Keys that have a tombstone on the ledger topic. */
    private static Set<String> tombstoned(UpsSinkRun run) {
        return run.cluster.reader().readAll(run.ledger).stream().filter(r -> r.value() == null)
                .map(r -> new String(r.key(), StandardCharsets.UTF_8)).collect(Collectors.toSet());
    }

    /** Records (entries and tombstones) of {@code keys} a fresh consumer reads from the beginning. */
    private static long recordsOf(UpsSinkRun run, Set<String> keys) {
        List<ConsumerRecord<byte[], byte[]>> records = run.cluster.reader().readAll(run.ledger);
        return records.stream().filter(r -> keys.contains(new String(r.key(), StandardCharsets.UTF_8))).count();
    }

    private static List<Matcher> caughtUpLines(CapturedLog log) {
        List<Matcher> found = new ArrayList<>();
        Matcher m = CAUGHT_UP.matcher(log.text());
        while (m.find()) {
            found.add(CAUGHT_UP.matcher(m.group()));
        }
        found.forEach(Matcher::matches);
        return found;
    }
}
