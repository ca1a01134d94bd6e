package dev.x3ups.benchmarks.scenario;

import static org.awaitility.Awaitility.await;

import dev.x3ups.benchmarks.harness.ConnectorConfigs;
import dev.x3ups.benchmarks.harness.ConnectorRunner;
import dev.x3ups.benchmarks.harness.ForkedWorkerJvm;
import dev.x3ups.benchmarks.harness.LedgerCompaction;
import dev.x3ups.benchmarks.harness.LedgerHistory;
import dev.x3ups.benchmarks.harness.Simulators;
import dev.x3ups.benchmarks.harness.UpsSimulatorProcess;
import dev.x3ups.benchmarks.report.Figure;
import dev.x3ups.benchmarks.report.FigureCollector;
import dev.x3ups.benchmarks.report.Target;
import dev.x3ups.embedded.kafka.EmbeddedKafka;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.awaitility.core.ConditionTimeoutException;

/**
 * Scenario 9: what a year of orders costs a UPS sink task at start. The same live ledger (10k shipped orders on
 * their way) three times: alone; after 1M past orders retired (final entry, then tombstone, compacted away by the
 * broker); after the same 1M past orders never retired (today's behaviour: nothing leaves the ledger). Each case
 * runs one UPS sink task in a Connect worker of its own JVM; the figures are that JVM's heap after a full GC (minus
 * the same worker's heap before the connector was created: the task's share) and the time from creating the
 * connector until the task reports its ledger caught up.
 */
public final class LedgerHistoryFootprint implements Scenario {

    static final String HEAP_RATIO = "ledger.task_heap.retired_over_live";
    static final String START_RATIO = "ledger.start.retired_over_live";
    static final String CATCH_UP_METRIC = "ledger-catch-up-time-ms";
    static final String ENTRIES_METRIC = "ledger-entries";
    /** Today's behaviour in the new code: a retention no entry ever reaches. */
    static final long NEVER_MS = Duration.ofDays(365L * 100).toMillis();
    static final String WORKER_HEAP = "4g";

    enum Case {
        LIVE_ONLY("live_only", "10k live, no history"),
        RETIRED("retired_history", "1M retired (compacted) + 10k live"),
        NEVER_RETIRED("never_retired", "1M never retired (today) + 10k live");

        final String id;
        final String label;

        Case(String id, String label) {
            this.id = id;
            this.label = label;
        }
    }

    @Override
    public String id() {
        return "ledger-history";
    }

    @Override
    public String title() {
        return "9. Ledger history: task heap and start";
    }

    @Override
    public List<Target> targets() {
        return List.of(
                Target.atMost(HEAP_RATIO, "UPS sink task heap after GC, 1M retired + 10k live ÷ 10k live", 1.5),
                Target.atMost(START_RATIO, "UPS sink task start (ledger caught up), 1M retired + 10k live ÷ 10k live",
                        2.0));
    }

    /** What one case measured. */
    record Result(double workerBaselineMib, double workerHeapMib, double startMs, double catchUpMs, double entries,
                  boolean metricsSeen) {

        double taskHeapMib() {
            return workerHeapMib - workerBaselineMib;
        }
    }

    @Override
    public List<Figure> run(ScenarioContext ctx) {
        int history = ctx.options().scaled(1_000_000, 1_000);
        int live = ctx.options().scaled(10_000, 100);
        if (history < 1_000_000) {
            ctx.note("Ledger history ran with " + history + " past orders (--scale); the report's figure is for 1M.");
        }
        FigureCollector figures = new FigureCollector(title());
        EmbeddedKafka kafka = EmbeddedKafka.builder().brokerConfig(LedgerCompaction.brokerConfig()).build().start();
        try (UpsSimulatorProcess ups = Simulators.ups(Duration.ZERO, 1.0)) {
            String bootstrap = kafka.bootstrapServers();
            Map<Case, String> ledgers = Map.of(Case.LIVE_ONLY, "bench.ledger.live", Case.RETIRED,
                    "bench.ledger.retired", Case.NEVER_RETIRED, "bench.ledger.never-retired");
            ledgers.values().forEach(t -> kafka.topics().create(t, 1, LedgerCompaction.topicConfig()));
            String orders = "bench.ledger.orders";
            kafka.topics().create(orders, 1);

            Duration writing = LedgerHistory.write(bootstrap, new LedgerHistory.Topics(ledgers.get(Case.LIVE_ONLY),
                    ledgers.get(Case.RETIRED), ledgers.get(Case.NEVER_RETIRED)), history, live);
            LedgerHistory.rollSegments(bootstrap, List.copyOf(ledgers.values()), LedgerCompaction.SEGMENT_AGE);
            String retired = ledgers.get(Case.RETIRED);
            long sizeWritten = LedgerCompaction.sizeBytes(bootstrap, retired);
            ctx.progress(String.format(Locale.ROOT, "wrote %,d past and %,d live orders in %.1f s (retired topic %d MiB)",
                    history, live, writing.toMillis() / 1e3, sizeWritten >> 20));
            long t0 = System.nanoTime();
            awaitCompacted(bootstrap, retired, live);
            double compactionS = (System.nanoTime() - t0) / 1e9;
            LedgerCompaction.Census after = LedgerCompaction.census(bootstrap, retired, Duration.ofMinutes(2));
            long sizeAfter = LedgerCompaction.sizeBytes(bootstrap, retired);
            ctx.progress(String.format(Locale.ROOT, "compaction done in %.1f s: %d records left (%d MiB)", compactionS,
                    after.records(), sizeAfter >> 20));
            String how = String.format(Locale.ROOT, "%,d past orders, %,d live; lz4, 1 MiB segments", history, live);
            figures.record("ledger.history_write_s", "writing the ledger history (three topics)", "s", how,
                    writing.toMillis() / 1e3);
            figures.record("ledger.compaction_s", "compaction of the retired history: written → history gone", "s",
                    "broker cleaner backoff 200 ms, delete.retention.ms 100, min.cleanable.dirty.ratio 0, a marker appended every 3 s",
                    compactionS);
            figures.record("ledger.retired_topic_mib.written", "retired ledger topic as the writing ended (the cleaner "
                    + "had begun)", "MiB", how,
                    sizeWritten / 1048576.0);
            figures.record("ledger.retired_topic_mib.compacted", "retired ledger topic after compaction", "MiB", how,
                    sizeAfter / 1048576.0);
            figures.record("ledger.never_retired_topic_mib", "never-retired ledger topic", "MiB", how,
                    LedgerCompaction.sizeBytes(bootstrap, ledgers.get(Case.NEVER_RETIRED)) / 1048576.0);

            for (int run = 1; run <= ctx.options().runs(); run++) {
                Map<Case, Result> results = new HashMap<>();
                for (Case c : Case.values()) {
                    Result r = measure(ctx, kafka, ups, ledgers.get(c), orders, c, live);
                    results.put(c, r);
                    ctx.progress(String.format(Locale.ROOT, "run %d, %s: worker heap after GC %.0f MiB (%.0f before the "
                            + "connector, task %.0f), start %.0f ms, catch-up %.0f ms, %.0f entries held%s", run,
                            c.label, r.workerHeapMib, r.workerBaselineMib, r.taskHeapMib(), r.startMs, r.catchUpMs,
                            r.entries, r.metricsSeen ? "" : " (no ledger metrics: start = task RUNNING)"));
                    record(figures, c, r);
                }
                Result a = results.get(Case.LIVE_ONLY);
                Result b = results.get(Case.RETIRED);
                Result c = results.get(Case.NEVER_RETIRED);
                figures.record(HEAP_RATIO, "task heap after GC, retired history ÷ live only", "×",
                        "worker heap after GC minus its heap before the connector, same run", b.taskHeapMib() / a.taskHeapMib());
                figures.record(START_RATIO, "start, retired history ÷ live only", "×",
                        "connector created → ledger caught up, same run", b.startMs / a.startMs);
                figures.record("ledger.worker_heap.retired_over_live", "worker heap after GC, retired ÷ live only",
                        "×", "the whole worker JVM", b.workerHeapMib / a.workerHeapMib);
                figures.record("ledger.task_heap.never_retired_over_live", "task heap after GC, never retired (today) "
                        + "÷ live only", "×", "today's behaviour as the baseline", c.taskHeapMib() / a.taskHeapMib());
                figures.record("ledger.start.never_retired_over_live", "start, never retired (today) ÷ live only", "×",
                        "today's behaviour as the baseline", c.startMs / a.startMs);
                figures.record("ledger.task_heap.retired_over_never_retired", "task heap after GC, retired ÷ never "
                        + "retired (new ÷ today)", "×", "same run", b.taskHeapMib() / c.taskHeapMib());
                figures.record("ledger.start.retired_over_never_retired", "start, retired ÷ never retired (new ÷ today)",
                        "×", "same run", b.startMs / c.startMs);
            }
        } finally {
            kafka.close();
        }
        return figures.figures();
    }

    private static void record(FigureCollector figures, Case c, Result r) {
        String how = "UPS sink, 1 task, alone in a forked Connect worker (-Xmx" + WORKER_HEAP + ", G1)";
        figures.record("ledger.worker_heap_mib." + c.id, "worker heap after GC, " + c.label, "MiB",
                how + "; MemoryMXBean.gc() over JMX, then heap used", r.workerHeapMib);
        figures.record("ledger.worker_baseline_heap_mib." + c.id, "worker heap after GC before the connector, "
                + c.label, "MiB", "same worker, before the connector was created", r.workerBaselineMib);
        figures.record("ledger.task_heap_mib." + c.id, "task heap after GC (worker − its baseline), " + c.label, "MiB",
                how, r.taskHeapMib());
        figures.record("ledger.start_ms." + c.id, "start: connector created → ledger caught up, " + c.label, "ms",
                r.metricsSeen ? "until the task's " + CATCH_UP_METRIC + " and " + ENTRIES_METRIC + " appear over JMX"
                        : "until the task is RUNNING (the task published no ledger metrics)", r.startMs);
        if (r.metricsSeen) {
            figures.record("ledger.catch_up_ms." + c.id, "ledger catch-up as the task measures it, " + c.label, "ms",
                    CATCH_UP_METRIC, r.catchUpMs);
            figures.record("ledger.entries." + c.id, "ledger entries the task holds, " + c.label, "entries",
                    ENTRIES_METRIC, r.entries);
        }
    }

    /** Waits until the retired topic holds the live entries only: past entries and their tombstones cleaned away. */
    private static void awaitCompacted(String bootstrap, String topic, int live) {
        AtomicReference<LedgerCompaction.Census> last = new AtomicReference<>();
        try {
            await("history compacted away in " + topic).atMost(Duration.ofMinutes(8))
                    .pollInterval(Duration.ofSeconds(3)).until(() -> {
                        LedgerHistory.appendMarker(bootstrap, List.of(topic));
                        last.set(LedgerCompaction.census(bootstrap, topic, Duration.ofMinutes(2)));
                        return last.get().historyGone() && last.get().liveEntries() == live;
                    });
        } catch (ConditionTimeoutException e) {
            throw new IllegalStateException("the broker did not compact the retired history away within 8 minutes; "
                    + "last census " + last.get(), e);
        }
    }

    private Result measure(ScenarioContext ctx, EmbeddedKafka kafka, UpsSimulatorProcess ups, String ledger,
                           String orders, Case c, int live) {
        try (ForkedWorkerJvm worker = ForkedWorkerJvm.start(kafka.bootstrapServers(), ctx.options().pluginPath(),
                WORKER_HEAP)) {
            double baseline = worker.heapAfterGcBytes() / 1048576.0;
            String name = "bench-ledger-" + c.id.replace('_', '-') + "-" + System.nanoTime() % 100_000;
            Map<String, String> config = new HashMap<>(ConnectorConfigs.upsSink(ups.baseUrl(), orders, ledger,
                    kafka.bootstrapServers(), 64, true));
            config.put("ledger.catch.up.timeout.ms", "600000");
            if (c == Case.NEVER_RETIRED) {
                config.put("ledger.retention.ms", Long.toString(NEVER_MS));
            }
            long t0 = System.nanoTime();
            worker.rest().createConnector(name, config).orThrow();
            await("task of " + name + " running").atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofMillis(50))
                    .until(() -> ConnectorRunner.running(worker.rest().status(name), 1));
            double runningMs = (System.nanoTime() - t0) / 1e6;
            boolean seen;
            double startMs;
            try {
                await("ledger metrics of " + name).atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(50))
                        .until(() -> caughtUp(worker, name, live));
                startMs = (System.nanoTime() - t0) / 1e6;
                seen = true;
            } catch (ConditionTimeoutException e) {
                startMs = runningMs;
                seen = false;
            }
            double heap = worker.heapAfterGcBytes() / 1048576.0;
            Double catchUp = worker.taskMetric(name, 0, CATCH_UP_METRIC);
            Double entries = worker.taskMetric(name, 0, ENTRIES_METRIC);
            return new Result(baseline, heap, startMs, catchUp == null ? Double.NaN : catchUp,
                    entries == null ? Double.NaN : entries, seen);
        }
    }

    static boolean caughtUp(ForkedWorkerJvm worker, String connector, int live) {
        Double catchUp = worker.taskMetric(connector, 0, CATCH_UP_METRIC);
        Double entries = worker.taskMetric(connector, 0, ENTRIES_METRIC);
        return catchUp != null && catchUp > 0 && entries != null && entries >= live;
    }
}
