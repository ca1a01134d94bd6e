package dev.x3ups.x3.sink;

import static org.assertj.core.api.Assertions.assertThat;

import dev.x3ups.x3.simulator.X3Simulator;
import dev.x3ups.x3.sink.testing.FakeContext;
import dev.x3ups.x3.sink.testing.Records;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.connect.sink.SinkRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * X3 calls per status written, counted by the X3 simulator over real HTTP: every request to the write-back
 * class against the records it created or updated.
 */
class X3CallEconomyTest {

    private static final List<String> ORDERS = List.of("SEED:SALES:SO000001", "SEED:SALES:SO000002",
            "SEED:SALES:SO000003");
    private X3Simulator sim;
    private final List<X3SinkTask> tasks = new ArrayList<>();

    @BeforeEach
    void start() {
        sim = X3Simulator.builder().salesOrders(3).purchaseOrders(0).start();
    }

    @AfterEach
    void stop() {
        tasks.forEach(X3SinkTask::stop);
        sim.close();
    }

    @Test
    void oneCallPerStatusWrittenOverAParcelsJourney() {
        X3SinkTask task = task(Map.of());
        journey(task);
        assertThat(statusesWritten()).as("created, picked up, exception, delivered").isEqualTo(ORDERS.size() * 4L);
        assertThat(callsToTheWriteBackClass()).as("calls per status written: 1.0").isEqualTo(statusesWritten());
        assertThat(task.metrics().notMilestones()).as("the in-transit scan and out for delivery")
                .isEqualTo(ORDERS.size() * 2L);
    }

    @Test
    void readBeforeWriteCostsOneReadPerOrderAsBefore() {
        journey(task(Map.of("x3.read.before.write", "true")));
        assertThat(callsToTheWriteBackClass()).isEqualTo(statusesWritten() + ORDERS.size());
    }

    @Test
    void everyEventIsAMilestoneWithAll() {
        journey(task(Map.of("x3.milestones", "ALL")));
        assertThat(statusesWritten()).isEqualTo(ORDERS.size() * 6L);
        assertThat(callsToTheWriteBackClass()).isEqualTo(statusesWritten());
    }

    @Test
    void afterARestartAnOrderX3HoldsCostsTheReadOnce() {
        X3SinkTask first = task(Map.of());
        String order = ORDERS.get(0);
        first.put(List.of(Records.record(Records.created(order, "1Z1"))));
        first.stop();
        tasks.remove(first);
        long before = callsToTheWriteBackClass();

        X3SinkTask restarted = task(Map.of());
        // the ledger entry again (not committed before the stop): create refused, read, nothing to change
        restarted.put(List.of(Records.record(Records.created(order, "1Z1"))));
        assertThat(callsToTheWriteBackClass() - before).isEqualTo(2);
        assertThat(restarted.metrics().createConflicts()).isEqualTo(1);
        // known from then on: one call per status
        restarted.put(List.of(event(order, "D", "2025-01-18T14:02:03Z")));
        assertThat(callsToTheWriteBackClass() - before).isEqualTo(3);
        assertThat(sim.admin().writeBack("SO000001").orElseThrow().get("YSTACOD")).isEqualTo("D");
    }

    /**
     * Per order: label, pickup, exception, in transit (no milestone), out for delivery, delivered; one batch each
     * step.
     */
    private void journey(X3SinkTask task) {
        task.put(each(order -> Records.record(Records.created(order, number(order)))));
        task.put(each(order -> event(order, "P", "2025-01-15T09:00:00Z")));
        task.put(each(order -> Records.record(Records.event(order, number(order), "X", "2025-01-16T07:00:00Z", null,
                null, true, "Weather"))));
        task.put(each(order -> event(order, "I", "2025-01-16T09:00:00Z")));
        task.put(each(order -> event(order, "O", "2025-01-18T07:30:00Z")));
        task.put(each(order -> event(order, "D", "2025-01-18T14:02:03Z")));
    }

    private static List<SinkRecord> each(java.util.function.Function<String, SinkRecord> record) {
        return ORDERS.stream().map(record).toList();
    }

    private static SinkRecord event(String order, String type, String time) {
        return Records.record(Records.event(order, number(order), type, time, null,
                type.equals("D") ? Instant.parse(time) : null, false, null));
    }

    private static String number(String order) {
        return "1Z" + order.substring(order.length() - 3);
    }

    private long statusesWritten() {
        return sim.counters().get("writeback.create") + sim.counters().get("writeback.update");
    }

    private long callsToTheWriteBackClass() {
        return sim.counters().snapshot().entrySet().stream()
                .filter(e -> e.getKey().startsWith("api1.") && e.getKey().contains(".YSHIPTRK"))
                .mapToLong(Map.Entry::getValue).sum();
    }

    private X3SinkTask task(Map<String, String> extra) {
        Map<String, String> props = new HashMap<>();
        props.put("x3.url", sim.baseUrl());
        props.put("x3.endpoint", "SEED");
        props.put("x3.username", X3Simulator.DEFAULT_USER);
        props.put("x3.password", X3Simulator.DEFAULT_PASSWORD);
        props.putAll(extra);
        X3SinkTask task = new X3SinkTask();
        task.initialize(new FakeContext(true));
        task.start(props);
        tasks.add(task);
        return task;
    }
}
