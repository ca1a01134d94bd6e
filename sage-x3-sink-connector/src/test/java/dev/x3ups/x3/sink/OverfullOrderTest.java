package dev.x3ups.x3.sink;

import static org.assertj.core.api.Assertions.assertThat;

import dev.x3ups.x3.simulator.X3Simulator;
import dev.x3ups.x3.simulator.data.TrackingRecord;
import dev.x3ups.x3.sink.testing.FakeContext;
import dev.x3ups.x3.sink.testing.Records;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.apache.kafka.connect.sink.SinkRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * An order with more packages than the simulator's YTRKNUM (dimension 10) holds, followed by other
 * orders' events: over real HTTP, the way the quickstart found it.
 */
class OverfullOrderTest {

    private static final String BIG = "SEED:SALES:SO000001";
    private final List<String> packages =
            IntStream.rangeClosed(1, 12).mapToObj(i -> String.format("1Z999AA1%09d", 900 - i)).toList();
    private X3Simulator sim;
    private X3SinkTask task;

    @BeforeEach
    void start() {
        sim = X3Simulator.builder().salesOrders(4).purchaseOrders(0).start();
    }

    @AfterEach
    void stop() {
        if (task != null) {
            task.stop();
        }
        sim.close();
    }

    @Test
    void theFirstTenPackagesAreWrittenWithoutAnExceptionAndOthersCarryOn() {
        FakeContext context = new FakeContext(true);
        task = task(props(), context);
        task.put(List.of(Records.record(Records.created(BIG, packages.toArray(String[]::new)))));
        task.put(scansOfEveryPackageAndAnotherOrder("I", "2025-01-16T08:00:00Z"));
        task.put(scansOfEveryPackageAndAnotherOrder("D", "2025-01-17T15:00:00Z"));

        TrackingRecord big = sim.admin().writeBack("SO000001").orElseThrow();
        assertThat(big.get("YTRKNUM")).isEqualTo(packages.subList(0, 10));
        assertThat(big.get("YSTACOD")).isEqualTo("D");
        assertThat(String.valueOf(big.get("YEXCFLG"))).isEqualTo("1");
        assertThat(sim.admin().writeBack("SO000002").orElseThrow().get("YSTACOD")).isEqualTo("D");
        assertThat(context.reported).isEmpty();
        assertThat(sim.counters().get("writeback.create")).isEqualTo(2);
        // the in-transit scans are no milestone (x3.milestones): only the delivery edits SO000001
        assertThat(sim.counters().get("writeback.update")).isEqualTo(1);

        // Re-delivery after a restart: X3 holds the first ten, the twelve-package entry changes nothing.
        X3SinkTask restarted = task(props(), new FakeContext(true));
        restarted.put(List.of(Records.record(Records.created(BIG, packages.toArray(String[]::new)))));
        restarted.stop();
        assertThat(sim.counters().get("writeback.update")).isEqualTo(1);
    }

    @Test
    void anOrderX3RejectsGoesToTheReporterAndNeverStopsTheOthers() {
        Map<String, String> props = props();
        props.put("x3.target.tracking.numbers.max", "12");
        FakeContext context = new FakeContext(true);
        task = task(props, context);
        task.put(List.of(Records.record(Records.created(BIG, packages.toArray(String[]::new))),
                Records.record(Records.created("SEED:SALES:SO000002", "1Z2"))));
        assertThat(context.reported).singleElement().asString()
                .contains("SO000001").contains("YTRKNUM: at most 10 values");

        for (String type : List.of("P", "I", "D")) {
            task.put(List.of(Records.record(Records.event("SEED:SALES:SO000002", "1Z2", type,
                            "2025-01-1" + (5 + "PID".indexOf(type)) + "T10:00:00Z", null, null, false, null)),
                    Records.record(Records.event("SEED:SALES:SO000003", "1Z3", type,
                            "2025-01-1" + (5 + "PID".indexOf(type)) + "T10:00:00Z", null, null, false, null))));
        }
        assertThat(sim.admin().writeBack("SO000002").orElseThrow().get("YSTACOD")).isEqualTo("D");
        assertThat(sim.admin().writeBack("SO000003").orElseThrow().get("YSTACOD")).isEqualTo("D");
        assertThat(context.reported).hasSize(1);

        // An $edit X3 rejects (SO000002 exists) is reported too; the order's next records still apply.
        task.put(List.of(Records.record(Records.created("SEED:SALES:SO000002", packages.toArray(String[]::new))),
                Records.record(Records.event("SEED:SALES:SO000004", "1Z4", "D", "2025-01-18T10:00:00Z", null, null,
                        false, null))));
        assertThat(context.reported).hasSize(2).last().asString().contains("SO000002").contains("at most 10 values");
        assertThat(sim.admin().writeBack("SO000004").orElseThrow().get("YSTACOD")).isEqualTo("D");
        task.put(List.of(Records.record(Records.event("SEED:SALES:SO000002", "1Z2B", "D", "2025-01-19T10:00:00Z",
                null, null, false, null))));
        TrackingRecord second = sim.admin().writeBack("SO000002").orElseThrow();
        assertThat(((List<?>) second.get("YTRKNUM")).subList(0, 3)).isEqualTo(List.of("1Z2", "1Z2B", ""));
        assertThat(String.valueOf(second.get("YEVTDATTIM"))).isEqualTo("2025-01-19T10:00:00Z");
    }

    @Test
    void theGraphQlTargetCutsTheSameWayAndAMutationX3RejectsIsReportedNotRetried() {
        Map<String, String> props = graphQlProps();
        FakeContext context = new FakeContext(true);
        task = task(props, context);
        task.put(List.of(Records.record(Records.created(BIG, packages.toArray(String[]::new)))));
        assertThat(sim.admin().writeBack("SO000001").orElseThrow().get("YTRKNUM")).isEqualTo(packages.subList(0, 10));

        props.put("x3.target.tracking.numbers.max", "12");
        FakeContext rejecting = new FakeContext(true);
        X3SinkTask overfull = task(props, rejecting);
        try {
            overfull.put(List.of(Records.record(Records.created("SEED:SALES:SO000002", packages.toArray(String[]::new))),
                    Records.record(Records.created("SEED:SALES:SO000003", "1Z3"))));
        } finally {
            overfull.stop();
        }
        assertThat(rejecting.reported).singleElement().asString().contains("SO000002").contains("at most 10 values");
        assertThat(sim.admin().writeBack("SO000003")).isPresent();
        assertThat(rejecting.timeout).as("no re-delivery asked for").isZero();
    }

    private Map<String, String> graphQlProps() {
        Map<String, String> props = props();
        props.remove("x3.password");
        props.put("x3.target", "GRAPHQL");
        props.put("x3.auth.mode", "JWT");
        props.put("x3.client.id", X3Simulator.DEFAULT_APP_ID);
        props.put("x3.client.secret", X3Simulator.DEFAULT_APP_SECRET);
        return props;
    }

    private List<SinkRecord> scansOfEveryPackageAndAnotherOrder(String type, String time) {
        List<SinkRecord> batch = new ArrayList<>();
        for (String number : packages) {
            batch.add(Records.record(Records.event(BIG, number, type, time, null,
                    type.equals("D") ? Instant.parse(time) : null, false, null)));
        }
        batch.add(Records.record(Records.event("SEED:SALES:SO000002", "1Z2", type, time, null,
                type.equals("D") ? Instant.parse(time) : null, false, null)));
        return batch;
    }

    private static X3SinkTask task(Map<String, String> props, FakeContext context) {
        X3SinkTask task = new X3SinkTask();
        task.initialize(context);
        task.start(props);
        return task;
    }

    private Map<String, String> props() {
        Map<String, String> props = new HashMap<>();
        props.put("x3.url", sim.baseUrl());
        props.put("x3.endpoint", "SEED");
        props.put("retry.backoff.ms", "10");
        props.put("retry.backoff.max.ms", "20");
        props.put("x3.username", X3Simulator.DEFAULT_USER);
        props.put("x3.password", X3Simulator.DEFAULT_PASSWORD);
        return props;
    }
}
