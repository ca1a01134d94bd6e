package dev.x3ups.x3.sink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.x3ups.records.TrackingEvent;
import dev.x3ups.x3.simulator.X3Simulator;
import dev.x3ups.x3.simulator.data.TrackingRecord;
import dev.x3ups.x3.sink.testing.FakeContext;
import dev.x3ups.x3.sink.testing.Records;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.kafka.connect.errors.RetriableException;
import org.apache.kafka.connect.sink.SinkRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The task against the X3 simulator over real HTTP, both targets. */
class X3SinkTaskTest {

    private static final String ORDER = "SEED:SALES:SO000001";
    private X3Simulator sim;
    private final List<X3SinkTask> tasks = new ArrayList<>();

    @BeforeEach
    void start() {
        sim = X3Simulator.builder().salesOrders(3).purchaseOrders(1).start();
    }

    @AfterEach
    void stop() {
        tasks.forEach(X3SinkTask::stop);
        sim.close();
    }

    @Test
    void api1TargetCreatesOnceThenEditsAndSkipsRedelivery() {
        List<SinkRecord> history = history();
        X3SinkTask task = task(props("API1"), new FakeContext(true));
        task.put(history.subList(0, 3));
        task.put(history.subList(3, history.size()));
        assertThat(sim.counters().get("writeback.create")).isEqualTo(1);
        assertThat(sim.counters().get("writeback.update")).isEqualTo(1);
        assertDelivered(sim.admin().writeBack("SO000001").orElseThrow());

        X3SinkTask restarted = task(props("API1"), new FakeContext(true));
        List<SinkRecord> shuffled = new ArrayList<>(history);
        Collections.shuffle(shuffled, new Random(3));
        restarted.put(shuffled);
        assertThat(sim.counters().get("writeback.create") + sim.counters().get("writeback.update")).isEqualTo(2);
        assertThat(restarted.metrics().skippedUnchanged()).isEqualTo(1);
    }

    @Test
    void graphQlTargetWritesTheSameTracking() {
        X3SinkTask task = task(props("GRAPHQL"), new FakeContext(true));
        List<SinkRecord> shuffled = new ArrayList<>(history());
        Collections.shuffle(shuffled, new Random(11));
        task.put(shuffled);
        assertThat(sim.counters().get("graphql.x3Sales.salesOrder.update")).isEqualTo(1);
        assertDelivered(sim.admin().writeBack("SO000001").orElseThrow());
        task(props("GRAPHQL"), new FakeContext(true)).put(history());
        assertThat(sim.counters().get("graphql.x3Sales.salesOrder.update")).isEqualTo(1);
    }

    @Test
    void failedShipmentFlagsTheOrderWithUpsCodeAndMessage() {
        X3SinkTask task = task(props("API1"), new FakeContext(true));
        task.put(List.of(Records.record(Records.failed("SEED:SALES:SO000002", "120802",
                "Address Validation Error on ShipTo address"))));
        TrackingRecord written = sim.admin().writeBack("SO000002").orElseThrow();
        assertThat(String.valueOf(written.get("YEXCFLG"))).isEqualTo("2");
        assertThat(written.get("YEXCCOD")).isEqualTo("120802");
        assertThat(written.get("YEXCRSN")).isEqualTo("Address Validation Error on ShipTo address");
    }

    @Test
    void unknownOrderGoesToTheReporterWithX3sMessage() {
        FakeContext context = new FakeContext(true);
        X3SinkTask task = task(props("API1"), context);
        task.put(List.of(Records.record(Records.created("SEED:SALES:SO999999", "1Z999")),
                Records.record(Records.created(ORDER, "1Z1"))));
        assertThat(context.reported).singleElement().asString().contains("SO999999").contains("X3 rejected");
        assertThat(sim.admin().writeBack("SO000001")).isPresent();
    }

    @Test
    void serverErrorsAreRetriedUntilTheWriteLands() {
        Map<String, String> props = props("API1");
        props.put("retry.max.attempts", "2");
        FakeContext context = new FakeContext(true);
        X3SinkTask task = task(props, context);
        List<SinkRecord> history = history();
        sim.faults().errorRate(1.0);
        assertThatThrownBy(() -> task.put(history)).isInstanceOf(RetriableException.class)
                .hasMessageContaining("HTTP 500");
        assertThat(context.timeout).isEqualTo(20L);
        sim.faults().errorRate(0.5);
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            try {
                task.put(history);
                return true;
            } catch (RetriableException e) {
                return false;
            }
        });
        sim.faults().clear();
        assertDelivered(sim.admin().writeBack("SO000001").orElseThrow());
        assertThat(context.reported).isEmpty();
    }

    private void assertDelivered(TrackingRecord written) {
        assertThat(written.get("YSTACOD")).isEqualTo("D");
        assertThat(written.get("YSTADES")).isEqualTo("Delivered");
        assertThat(String.valueOf(written.get("YTRKNUM"))).contains("1Z1");
        assertThat(String.valueOf(written.get("YSCHDLVDAT"))).isEqualTo("2025-01-18");
        assertThat(String.valueOf(written.get("YDLVDATTIM"))).isEqualTo("2025-01-18T14:02:03Z");
        assertThat(String.valueOf(written.get("YEVTDATTIM"))).isEqualTo("2025-01-18T14:02:03Z");
        assertThat(String.valueOf(written.get("YEXCFLG"))).isEqualTo("1");
    }

    private X3SinkTask task(Map<String, String> props, FakeContext context) {
        X3SinkTask task = new X3SinkTask();
        task.initialize(context);
        task.start(props);
        tasks.add(task);
        return task;
    }

    private Map<String, String> props(String target) {
        Map<String, String> props = new HashMap<>();
        props.put("x3.url", sim.baseUrl());
        props.put("x3.endpoint", "SEED");
        props.put("x3.target", target);
        props.put("retry.backoff.ms", "10");
        props.put("retry.backoff.max.ms", "20");
        if (target.equals("GRAPHQL")) {
            props.put("x3.auth.mode", "JWT");
            props.put("x3.client.id", X3Simulator.DEFAULT_APP_ID);
            props.put("x3.client.secret", X3Simulator.DEFAULT_APP_SECRET);
            props.put("x3.username", X3Simulator.DEFAULT_USER);
        } else {
            props.put("x3.username", X3Simulator.DEFAULT_USER);
            props.put("x3.password", X3Simulator.DEFAULT_PASSWORD);
        }
        return props;
    }

    private static List<SinkRecord> history() {
        List<SinkRecord> records = new ArrayList<>();
        records.add(Records.record(Records.created(ORDER, "1Z1")));
        for (TrackingEvent event : List.of(
                Records.event(ORDER, "1Z1", "P", "2025-01-15T09:00:00Z", LocalDate.of(2025, 1, 17), null, false, null),
                Records.event(ORDER, "1Z1", "X", "2025-01-16T07:00:00Z", LocalDate.of(2025, 1, 18), null, true, "Weather"),
                Records.event(ORDER, "1Z1", "O", "2025-01-18T07:30:00Z", LocalDate.of(2025, 1, 18), null, false, null),
                Records.event(ORDER, "1Z1", "D", "2025-01-18T14:02:03Z", null, Instant.parse("2025-01-18T14:02:03Z"),
                        false, null))) {
            records.add(Records.record(event));
        }
        return records;
    }
}
