package dev.x3ups.it.x3sink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.x3ups.it.harness.ConnectCluster;
import dev.x3ups.it.harness.TestNames;
import dev.x3ups.records.ShipmentLedgerEntry;
import dev.x3ups.records.ShipmentState;
import dev.x3ups.records.TrackingEvent;
import dev.x3ups.records.TrackingSource;
import dev.x3ups.x3.simulator.data.TrackingRecord;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.stream.IntStream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** What the Sage X3 sink must show on a real broker and Connect worker loading the plugin archive. */
abstract class X3SinkScenarios {

    static final Instant START = Instant.parse("2025-01-14T18:00:00Z");

    static ShipmentLedgerEntry ledger(String number, ShipmentState state, List<String> tracking, String code,
            String message) {
        String key = "SEED:SALES:" + number;
        return ShipmentLedgerEntry.builder().orderKey(key).state(state).orderRevision(START).orderDigest("digest")
                .reference(key).shipmentId(state == ShipmentState.CREATED ? "1ZSHIP" + number : null)
                .trackingNumbers(tracking).serviceCode("03").failureCode(code).failureMessage(message)
                .updatedAt(START.plusSeconds(5)).build();
    }

    static TrackingEvent event(String number, String trackingNumber, String type, Instant time, LocalDate scheduled,
            boolean exception, String reason) {
        return new TrackingEvent(trackingNumber, "SEED:SALES:" + number, type, type + "A", describe(type), time, null, null,
                "Atlanta, GA, US", scheduled, type.equals("D") ? time : null, exception, reason, TrackingSource.WEBHOOK);
    }

    /** Label, pickup, transit, an exception, transit again, out for delivery, delivered. */
    static List<TrackingEvent> journey(String number, String trackingNumber) {
        LocalDate early = LocalDate.of(2025, 1, 17);
        LocalDate late = LocalDate.of(2025, 1, 18);
        return List.of(
                event(number, trackingNumber, "M", START, null, false, null),
                event(number, trackingNumber, "P", START.plus(Duration.ofHours(15)), early, false, null),
                event(number, trackingNumber, "I", START.plus(Duration.ofHours(26)), early, false, null),
                event(number, trackingNumber, "X", START.plus(Duration.ofHours(37)), late, true, "Severe weather"),
                event(number, trackingNumber, "I", START.plus(Duration.ofHours(60)), late, false, null),
                event(number, trackingNumber, "O", START.plus(Duration.ofHours(86)), late, false, null),
                event(number, trackingNumber, "D", START.plus(Duration.ofHours(92)), null, false, null));
    }

    static final Instant DELIVERED_AT = START.plus(Duration.ofHours(92));

    static void assertDelivered(TrackingRecord written, String trackingNumber) {
        assertThat(written.get("YSTACOD")).isEqualTo("D");
        assertThat(written.get("YSTADES")).isEqualTo("Delivered");
        assertThat(String.valueOf(written.get("YTRKNUM"))).contains(trackingNumber);
        assertThat(written.get("YCARRIER")).isEqualTo("UPS");
        assertThat(String.valueOf(written.get("YSCHDLVDAT"))).isEqualTo("2025-01-18");
        assertThat(String.valueOf(written.get("YDLVDATTIM"))).isEqualTo(DELIVERED_AT.toString());
        assertThat(String.valueOf(written.get("YEVTDATTIM"))).isEqualTo(DELIVERED_AT.toString());
        assertThat(String.valueOf(written.get("YEXCFLG"))).isEqualTo("1");
    }

    /** Waits for the whole delivered state: the status may be written before the events carrying dates. */
    static void awaitDelivered(SinkRun run, String number, String trackingNumber) {
        // no record yet is "not yet" too: orElseThrow's exception would end the wait at the first poll
        await("YSHIPTRK " + number + " delivered with its dates").atMost(Duration.ofSeconds(60))
                .untilAsserted(() -> {
                    Optional<TrackingRecord> written = run.writeBack(number);
                    assertThat(written).as("YSHIPTRK " + number).isPresent();
                    assertDelivered(written.get(), trackingNumber);
                });
    }

    static void produceShuffled(SinkRun run, String number, String trackingNumber, long seed) {
        run.produce(ledger(number, ShipmentState.CREATED, List.of(trackingNumber), null, null));
        List<TrackingEvent> events = new ArrayList<>(journey(number, trackingNumber));
        Collections.shuffle(events, new Random(seed));
        events.forEach(run::produce);
    }

    @Test
    void shuffledHistoryLeavesTheLatestStatusAndDates(ConnectCluster cluster, TestNames names) {
        try (SinkRun run = SinkRun.start(cluster, names)) {
            run.create(run.api1Config());
            produceShuffled(run, "SO000001", "1Z999AA10000000001", 1);
            produceShuffled(run, "SO000002", "1Z999AA10000000002", 2);

            awaitDelivered(run, "SO000001", "1Z999AA10000000001");
            awaitDelivered(run, "SO000002", "1Z999AA10000000002");
            run.awaitCommitted(2, 14);
            assertDelivered(run.writeBack("SO000001").orElseThrow(), "1Z999AA10000000001");
            assertThat(run.writeBack("SO000001").orElseThrow().get("YORDDIG")).as("the ledger's order digest")
                    .isEqualTo("digest");
            run.assertRunning();
        }
    }

    @Test
    void redeliveryAfterAnOffsetResetWritesNothing(ConnectCluster cluster, TestNames names) {
        try (SinkRun run = SinkRun.start(cluster, names)) {
            run.create(run.api1Config());
            produceShuffled(run, "SO000003", "1Z999AA10000000003", 3);
            run.produce(ledger("SO000004", ShipmentState.FAILED, List.of(), "120802", "Address Validation Error"));
            run.awaitWriteBack("SO000003", "YSTACOD", "D");
            run.awaitWriteBack("SO000004", "YEXCFLG", 2);
            run.awaitCommitted(2, 7);
            long writes = run.writes();
            long reads = run.x3.counters().get("api1.GET.YSHIPTRK.YSHIPTRK.$details");

            cluster.rest().stop(run.connector).orThrow();
            dev.x3ups.it.harness.ConnectorAwait.untilState(cluster.rest(), run.connector, "STOPPED", 0);
            cluster.rest().resetOffsets(run.connector).orThrow();
            cluster.rest().resume(run.connector).orThrow();
            run.assertRunning();

            // The restarted task reads each order once from X3 (after a refused create when the batch looks like a
            // new order's first), finds its state there and writes nothing.
            await().atMost(Duration.ofSeconds(60))
                    .until(() -> run.x3.counters().get("api1.GET.YSHIPTRK.YSHIPTRK.$details") >= reads + 2);
            run.awaitCommitted(2, 7);
            assertThat(run.writes()).isEqualTo(writes);
            run.assertRunning();
        }
    }

    @Test
    void twentyEventsForOneOrderInOneBatchMakeOneWrite(ConnectCluster cluster, TestNames names) {
        try (SinkRun run = SinkRun.start(cluster, names)) {
            for (int i = 0; i < 20; i++) {
                run.produce(event("SO000005", "1Z999AA10000000005", i == 19 ? "D" : "I",
                        START.plus(Duration.ofMinutes(10L * i)), null, false, null));
            }
            run.create(run.api1Config());

            run.awaitWriteBack("SO000005", "YSTACOD", "D");
            run.awaitCommitted(0, 20);
            assertThat(run.x3.counters().get(SinkRun.API1_WRITES_CREATE)).isEqualTo(1);
            assertThat(run.x3.counters().get(SinkRun.API1_WRITES_UPDATE)).isZero();
        }
    }

    @Test
    void failedShipmentsRaiseTheExceptionFlagWithUpsReason(ConnectCluster cluster, TestNames names) {
        try (SinkRun run = SinkRun.start(cluster, names)) {
            run.create(run.api1Config());
            run.produce(ledger("SO000006", ShipmentState.PENDING, List.of(), null, null));
            run.produce(ledger("SO000006", ShipmentState.FAILED, List.of(), "120802",
                    "Address Validation Error on ShipTo address"));
            run.produce(ledger("SO000007", ShipmentState.FAILED, List.of(), "120500",
                    "Missing or invalid package weight"));

            TrackingRecord first = run.awaitWriteBack("SO000006", "YEXCFLG", 2);
            assertThat(first.get("YEXCCOD")).isEqualTo("120802");
            assertThat(first.get("YEXCRSN")).isEqualTo("Address Validation Error on ShipTo address");
            TrackingRecord second = run.awaitWriteBack("SO000007", "YEXCFLG", 2);
            assertThat(second.get("YEXCRSN")).isEqualTo("Missing or invalid package weight");
            run.assertRunning();
        }
    }

    @Test
    void serverErrorsAreRetriedAndUnwritableRecordsGoToTheDlqWithX3sMessage(ConnectCluster cluster, TestNames names) {
        try (SinkRun run = SinkRun.start(cluster, names)) {
            run.x3.faults().errorRate(0.4);
            run.create(run.api1Config());
            produceShuffled(run, "SO000008", "1Z999AA10000000008", 8);
            run.produce(ledger("SO999999", ShipmentState.CREATED, List.of("1Z999AA10000099999"), null, null));

            awaitDelivered(run, "SO000008", "1Z999AA10000000008");
            assertThat(run.x3.counters().get("fault.error")).isPositive();
            List<ConsumerRecord<byte[], byte[]>> dead = await().atMost(Duration.ofSeconds(60))
                    .until(run::deadLetters, records -> !records.isEmpty());
            assertThat(dead).hasSize(1);
            assertThat(new String(dead.get(0).key())).isEqualTo("SEED:SALES:SO999999");
            assertThat(SinkRun.header(dead.get(0), "__connect.errors.exception.message"))
                    .contains("SO999999").contains("X3 rejected");
            run.x3.faults().clear();
            run.assertRunning();
        }
    }

    @Test
    void busyDiagnosesInA200EndInSuccessOrTheDlq(ConnectCluster cluster, TestNames names) {
        try (SinkRun run = SinkRun.start(cluster, names)) {
            Map<String, String> config = run.api1Config();
            // the simulator answers busy diagnoses to reads only; a new order is otherwise created without one
            config.put("x3.read.before.write", "true");
            run.create(config);
            run.x3.faults().diagnosesRate(1.0);
            produceShuffled(run, "SO000009", "1Z999AA10000000009", 9);
            await().atMost(Duration.ofSeconds(60)).until(() -> run.x3.counters().get("fault.diagnoses") > 0);
            run.x3.faults().clear();

            await().atMost(Duration.ofSeconds(60)).until(() -> run.writeBack("SO000009").isPresent()
                    || !run.deadLetters().isEmpty());
            if (run.writeBack("SO000009").isPresent()) {
                awaitDelivered(run, "SO000009", "1Z999AA10000000009");
            } else {
                assertThat(SinkRun.header(run.deadLetters().get(0), "__connect.errors.exception.message"))
                        .contains("Web service pool is busy");
            }
            run.assertRunning();
        }
    }

    /** Twelve packages for one order; the documented YSHIPTRK holds ten tracking numbers. */
    static List<String> twelvePackages() {
        return IntStream.rangeClosed(1, 12).mapToObj(i -> String.format("1Z999AA1%09d", 900 - i)).toList();
    }

    @Test
    void anOrderWithMorePackagesThanX3HoldsGetsTheFirstTenAndNeverStopsTheOthers(ConnectCluster cluster,
            TestNames names) {
        try (SinkRun run = SinkRun.start(cluster, names)) {
            run.create(run.api1Config());
            List<String> packages = twelvePackages();
            run.produce(ledger("SO000001", ShipmentState.CREATED, packages, null, null));
            for (String trackingNumber : packages) {
                journey("SO000001", trackingNumber).forEach(run::produce);
            }
            produceShuffled(run, "SO000002", "1Z999AA10000000002", 2);
            produceShuffled(run, "SO000003", "1Z999AA10000000003", 3);

            awaitDelivered(run, "SO000002", "1Z999AA10000000002");
            awaitDelivered(run, "SO000003", "1Z999AA10000000003");
            awaitDelivered(run, "SO000001", packages.get(0));
            List<String> expected = new ArrayList<>(packages.subList(0, 10));
            assertThat(run.writeBack("SO000001").orElseThrow().get("YTRKNUM")).isEqualTo(expected);
            run.awaitCommitted(3, 12 * 7 + 14);
            assertThat(run.deadLetters()).isEmpty();
            run.assertRunning();
        }
    }

    @Test
    void anOrderX3RejectsOverAndOverNeverStopsOtherOrders(ConnectCluster cluster, TestNames names) {
        try (SinkRun run = SinkRun.start(cluster, names)) {
            Map<String, String> config = run.api1Config();
            config.put("x3.target.tracking.numbers.max", "12"); // more than the simulator's YTRKNUM holds
            config.put("consumer.override.max.poll.records", "25"); // many batches, each with some of SO000001
            run.create(config);
            List<String> packages = twelvePackages();
            run.produce(ledger("SO000001", ShipmentState.CREATED, packages, null, null));
            List<TrackingEvent> events = new ArrayList<>();
            packages.forEach(p -> events.addAll(journey("SO000001", p)));
            events.addAll(journey("SO000002", "1Z999AA10000000002"));
            events.addAll(journey("SO000003", "1Z999AA10000000003"));
            Collections.shuffle(events, new Random(12));
            run.produce(ledger("SO000002", ShipmentState.CREATED, List.of("1Z999AA10000000002"), null, null));
            run.produce(ledger("SO000003", ShipmentState.CREATED, List.of("1Z999AA10000000003"), null, null));
            events.forEach(run::produce);

            awaitDelivered(run, "SO000002", "1Z999AA10000000002");
            awaitDelivered(run, "SO000003", "1Z999AA10000000003");
            List<ConsumerRecord<byte[], byte[]>> dead = await().atMost(Duration.ofSeconds(60))
                    .until(run::deadLetters, records -> !records.isEmpty());
            assertThat(SinkRun.header(dead.get(0), "__connect.errors.exception.message"))
                    .contains("SO000001").contains("YTRKNUM").contains("at most 10 values");
            run.awaitCommitted(3, 7L * 14);

            // Records arriving later are still applied.
            produceShuffled(run, "SO000004", "1Z999AA10000000004", 4);
            awaitDelivered(run, "SO000004", "1Z999AA10000000004");
            run.awaitCommitted(4, 7L * 15);
            run.assertRunning();
        }
    }

    @Test
    void graphQlMutationTargetWritesTheSameTracking(ConnectCluster cluster, TestNames names) {
        try (SinkRun run = SinkRun.start(cluster, names)) {
            run.create(run.graphQlConfig());
            produceShuffled(run, "SO000010", "1Z999AA10000000010", 10);

            awaitDelivered(run, "SO000010", "1Z999AA10000000010");
            run.awaitCommitted(1, 7);
            assertThat(run.x3.counters().get(SinkRun.GRAPHQL_UPDATES)).isPositive();
            assertThat(run.x3.counters().get("api1.POST.YSHIPTRK.YSHIPTRK.$create")
                    + run.x3.counters().get("api1.PUT.YSHIPTRK.YSHIPTRK.$edit")).isZero();
            run.assertRunning();
        }
    }

    private static String describe(String type) {
        return switch (type) {
            case "M" -> "Shipper created a label, UPS has not received the package yet.";
            case "P" -> "Pickup Scan";
            case "X" -> "The package was delayed by severe weather";
            case "O" -> "Out For Delivery Today";
            case "D" -> "Delivered";
            default -> "Arrived at Facility";
        };
    }
}
