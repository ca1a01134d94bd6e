package dev.x3ups.it.e2e;

import static dev.x3ups.it.e2e.X3Rows.awaitWriteBack;
import static dev.x3ups.it.e2e.X3Rows.numbers;
import static dev.x3ups.it.e2e.X3Rows.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import dev.x3ups.embedded.connectors.PipelineConfigs;
import dev.x3ups.embedded.connectors.ShipFromSite;
import dev.x3ups.embedded.connectors.UpsConnection;
import dev.x3ups.embedded.connectors.X3Connection;
import dev.x3ups.embedded.connectors.X3Login;
import dev.x3ups.embedded.kafka.Isolation;
import dev.x3ups.embedded.kafka.TopicReader;
import dev.x3ups.it.harness.CapturedLog;
import dev.x3ups.it.harness.ConnectCluster;
import dev.x3ups.it.harness.ConnectIT;
import dev.x3ups.it.harness.ConnectorAwait;
import dev.x3ups.it.harness.TestNames;
import dev.x3ups.records.ShipmentLedgerEntry;
import dev.x3ups.records.ShipmentRecords;
import dev.x3ups.records.ShipmentState;
import dev.x3ups.records.TrackingEvent;
import dev.x3ups.records.TrackingEventRecords;
import dev.x3ups.records.TrackingSource;
import dev.x3ups.ups.simulator.ApiEndpoint;
import dev.x3ups.ups.simulator.UpsSimulator;
import dev.x3ups.ups.simulator.ship.ReferenceCount;
import dev.x3ups.x3.simulator.X3Simulator;
import dev.x3ups.x3.simulator.data.SalesOrderDraft;
import dev.x3ups.x3.simulator.data.TrackingRecord;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.management.JMException;
import javax.management.ObjectName;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.connect.data.Struct;
import org.apache.kafka.connect.json.JsonConverter;
import org.junit.jupiter.api.Test;

/**
 * A retired order coming back from X3, through the whole pipeline (docs/architecture.md, "Retired orders coming
 * back"): orders entered in the X3 simulator ship through the X3 source and the UPS sink, the X3 sink writes their
 * tracking numbers and order digest to YSHIPTRK, UPS reports them delivered and the UPS sink retires them (a
 * retention of seconds). Then the X3 source reads every order again from the start (its offsets reset): the orders
 * arrive with X3's write-back evidence and nothing ships again; one changed in X3 afterwards is flagged in X3
 * (RETIRED_CHANGED) without a second shipment; a new order still ships once.
 */
@ConnectIT
class RetiredOrderPipelineIT {
    private static final Duration WAIT = Duration.ofSeconds(90);
    private static final Duration RETENTION = Duration.ofSeconds(4);
    private static final String ACCOUNT = "A1B2C3";
    private static final int ORDERS = 3;

    private final JsonConverter converter = new JsonConverter();

    RetiredOrderPipelineIT() {
        converter.configure(Map.of("schemas.enable", "true"), false);
    }

    @Test
    void aRetiredOrderReEmittedByTheSourceIsNotShippedAgainAndAChangedOneIsFlaggedInX3(ConnectCluster cluster,
                                                                                      TestNames names,
                                                                                      CapturedLog log) {
        try (Run run = Run.start(cluster, names)) {
            Map<String, TrackingRecord> shipped = shipAndRetire(run, log);
            long shipCalls = run.ups.counters().count(ApiEndpoint.SHIP);
            assertThat(shipCalls).isEqualTo(ORDERS);

            reEmittedUnchangedShipsNothing(run, shipped, shipCalls);
            changedAfterRetirementIsFlaggedInX3(run, shipped.get(run.orderNumbers.get(0)), shipCalls, log);

            // a brand-new order still ships, once
            String fresh = create(run.x3);
            TrackingRecord freshWriteBack = awaitWriteBack(run.x3, fresh, r -> !numbers(r).isEmpty());
            assertThat(text(freshWriteBack, "YEXCCOD")).isEmpty();
            awaitCommitted(run);
            assertThat(run.ups.counters().count(ApiEndpoint.SHIP)).as("only the new order shipped")
                    .isEqualTo(shipCalls + 1);
            assertThat(run.ups.shipments().createdPerReference().get(key(fresh))).isEqualTo(new ReferenceCount(1, 1));
            for (String number : run.orderNumbers) {
                assertThat(run.ups.shipments().createdPerReference().get(key(number))).as(number)
                        .isEqualTo(new ReferenceCount(1, 1));
            }
        }
    }

    /**
     * The orders ship once and X3 holds their tracking numbers and the ledger's digest; UPS then reports them
     * delivered a minute ago, so they are final for longer than the retention and the UPS sink retires them.
     */
    private Map<String, TrackingRecord> shipAndRetire(Run run, CapturedLog log) {
        Map<String, TrackingRecord> shipped = new LinkedHashMap<>();
        for (String number : run.orderNumbers) {
            shipped.put(number, awaitWriteBack(run.x3, number,
                    r -> !numbers(r).isEmpty() && !text(r, "YORDDIG").isEmpty()));
        }
        for (String number : run.orderNumbers) {
            List<ShipmentLedgerEntry> history = history(run, number);
            ShipmentLedgerEntry entry = history.get(history.size() - 1);
            assertThat(entry.state()).isEqualTo(ShipmentState.CREATED);
            assertThat(text(shipped.get(number), "YORDDIG")).as("X3 holds the ledger's digest of " + number)
                    .isEqualTo(entry.orderDigest());
            assertThat(numbers(shipped.get(number))).isEqualTo(entry.trackingNumbers());
        }

        await("delivery watch reading " + run.tracking).atMost(WAIT)
                .until(() -> log.contains("Delivery watch: reading 1 partition(s) of " + run.tracking));
        Instant delivered = Instant.now().minusSeconds(60).truncatedTo(ChronoUnit.MILLIS);
        shipped.forEach((number, record) -> numbers(record).forEach(trackingNumber ->
                produceTracking(run, new TrackingEvent(trackingNumber, key(number), "D", "KB", "Delivered",
                        delivered, null, null, "Alpharetta, GA, US", null, delivered, false, null,
                        TrackingSource.WEBHOOK))));
        for (String number : run.orderNumbers) {
            await("retired: a tombstone for " + number).atMost(WAIT).pollInterval(Duration.ofMillis(300))
                    .until(() -> {
                        List<ShipmentLedgerEntry> history = history(run, number);
                        return !history.isEmpty() && history.get(history.size() - 1) == null;
                    });
            assertThat(history(run, number)).as("deliveredAt recorded before retiring")
                    .anyMatch(e -> e != null && delivered.equals(e.deliveredAt()));
            awaitWriteBack(run.x3, number, r -> !text(r, "YDLVDATTIM").isEmpty());
        }
        return shipped;
    }

    /**
     * The source reads every order again from the start (offsets reset): each arrives with what X3's write-back
     * record holds, and the UPS sink passes over it: no ship call, no ledger entry.
     */
    private void reEmittedUnchangedShipsNothing(Run run, Map<String, TrackingRecord> shipped, long shipCalls) {
        int emittedBefore = orderRecords(run).size();
        run.cluster.rest().stop(run.source).orThrow();
        ConnectorAwait.untilState(run.cluster.rest(), run.source, "STOPPED", 0);
        run.cluster.rest().resetOffsets(run.source).orThrow();
        run.cluster.rest().resume(run.source).orThrow();
        ConnectorAwait.untilRunning(run.cluster.rest(), run.source, 1);

        List<String> keys = run.orderNumbers.stream().map(RetiredOrderPipelineIT::key).toList();
        Map<String, JsonNode> reEmitted = await("the orders emitted again").atMost(WAIT)
                .pollInterval(Duration.ofMillis(300))
                .until(() -> latestSince(orderRecords(run), emittedBefore), m -> m.keySet().containsAll(keys));
        for (String number : run.orderNumbers) {
            JsonNode evidence = reEmitted.get(key(number)).path("writeBack");
            assertThat(evidence.isObject()).as("write-back of " + number + " on the orders topic: " + evidence)
                    .isTrue();
            List<String> carried = new ArrayList<>();
            evidence.path("trackingNumbers").forEach(n -> carried.add(n.asText()));
            assertThat(carried).isEqualTo(numbers(shipped.get(number)));
            assertThat(evidence.path("orderDigest").asText()).isEqualTo(text(shipped.get(number), "YORDDIG"));
        }
        int reEmittedCount = orderRecords(run).size() - emittedBefore;
        await("the UPS sink passed over every retired order").atMost(WAIT).pollInterval(Duration.ofMillis(300))
                .until(() -> metric(run.sink, "retired-orders-seen-total") >= ORDERS);
        awaitCommitted(run);
        assertThat(metric(run.sink, "retired-orders-seen-total")).as("each re-emitted record counted once")
                .isEqualTo(orderRecords(run).size() - emittedBefore).isEqualTo(reEmittedCount);
        assertThat(run.ups.counters().count(ApiEndpoint.SHIP)).as("no second ship call").isEqualTo(shipCalls);
        for (String number : run.orderNumbers) {
            assertThat(run.ups.shipments().createdPerReference().get(key(number))).as(number)
                    .isEqualTo(new ReferenceCount(1, 1));
            List<ShipmentLedgerEntry> history = history(run, number);
            assertThat(history.subList(history.indexOf(null), history.size()))
                    .as("no ledger entry reappears for " + number).containsOnlyNulls();
        }
    }

    /**
     * A new ship-to in X3 after retirement: FAILED RETIRED_CHANGED naming X3's tracking number, not shipped; the X3
     * sink flags the order (RET_CHG) and keeps the number.
     */
    private void changedAfterRetirementIsFlaggedInX3(Run run, TrackingRecord shipped, long shipCalls,
                                                     CapturedLog log) {
        String changed = run.orderNumbers.get(0);
        List<String> tracked = numbers(shipped);
        run.x3.admin().modifySalesOrder(changed, Map.of("BPDADDLIG", List.of("4400 North Point Pkwy", "", ""),
                "BPDPOSCOD", "30022", "BPDCTY", "Alpharetta"));
        ShipmentLedgerEntry flagged = await("FAILED RETIRED_CHANGED").atMost(WAIT)
                .pollInterval(Duration.ofMillis(300))
                .until(() -> history(run, changed).stream()
                        .filter(e -> e != null && e.state() == ShipmentState.FAILED).findFirst().orElse(null),
                        e -> e != null);
        assertThat(flagged.failureCode()).isEqualTo("RETIRED_CHANGED");
        assertThat(flagged.failureMessage()).contains(tracked.get(0)).contains("not shipped again");
        assertThat(flagged.trackingNumbers()).isEqualTo(tracked);
        assertThat(flagged.orderDigest()).as("the new content's digest").isNotEqualTo(text(shipped, "YORDDIG"));

        TrackingRecord inX3 = awaitWriteBack(run.x3, changed, r -> "RET_CHG".equals(text(r, "YEXCCOD")));
        assertThat(WriteBack.of(inX3).flagged()).as("exception flag set (YEXCFLG)").isTrue();
        assertThat(text(inX3, "YEXCRSN")).contains(tracked.get(0));
        assertThat(numbers(inX3)).as("X3 keeps the tracking numbers").isEqualTo(tracked);
        assertThat(text(inX3, "YORDDIG")).as("the changed content is the one X3 now vouches for")
                .isEqualTo(flagged.orderDigest());
        // the X3 sink read the retirement tombstones before this entry (one ledger partition): not malformed
        assertThat(log.text()).doesNotContain("record has no value (tombstone)");
        assertThat(metric(run.sink, "retired-orders-changed-total")).isEqualTo(1);
        assertThat(run.ups.counters().count(ApiEndpoint.SHIP)).as("the change is not shipped").isEqualTo(shipCalls);
        assertThat(run.ups.shipments().createdPerReference().get(key(changed))).isEqualTo(new ReferenceCount(1, 1));
    }

    private static String create(X3Simulator x3) {
        return x3.admin().createSalesOrder(SalesOrderDraft.forCustomer("C0001").site("ATL").deliveryMode("UGND")
                .line("IT0001", 2)).number();
    }

    private static String key(String number) {
        return "SEED:SALES:" + number;
    }

    private void produceTracking(Run run, TrackingEvent event) {
        byte[] value = converter.fromConnectData(run.tracking, TrackingEventRecords.VALUE_SCHEMA,
                TrackingEventRecords.toStruct(event));
        run.cluster.writer().produce(run.tracking, event.trackingNumber().getBytes(StandardCharsets.UTF_8), value);
    }

    /** Every record of the order on the ledger topic in order, a tombstone as null. */
    private List<ShipmentLedgerEntry> history(Run run, String number) {
        List<ShipmentLedgerEntry> records = new ArrayList<>();
        byte[] key = key(number).getBytes(StandardCharsets.UTF_8);
        for (ConsumerRecord<byte[], byte[]> record : run.cluster.reader().readAll(run.ledger)) {
            if (Arrays.equals(key, record.key())) {
                records.add(record.value() == null ? null : ShipmentRecords.fromStruct(
                        (Struct) converter.toConnectData(run.ledger, record.value()).value()));
            }
        }
        return records;
    }

    /** The X3 source's records on the orders topic, in order. */
    private static List<ConsumerRecord<byte[], byte[]>> orderRecords(Run run) {
        return new TopicReader(run.cluster.bootstrapServers()).readAll(run.orders, Isolation.READ_COMMITTED);
    }

    /** Order key → the latest value among the records from index {@code from} on. */
    private static Map<String, JsonNode> latestSince(List<ConsumerRecord<byte[], byte[]>> records, int from) {
        Map<String, JsonNode> latest = new LinkedHashMap<>();
        for (ConsumerRecord<byte[], byte[]> record : records.subList(Math.min(from, records.size()), records.size())) {
            JsonNode value = TopicReader.parse(record.value());
            latest.put(new String(record.key(), StandardCharsets.UTF_8),
                    value.has("payload") ? value.path("payload") : value); // Connect JSON with its schema
        }
        return latest;
    }

    /** Until the sink has committed offsets up to the end of the orders topic (one partition). */
    private static void awaitCommitted(Run run) {
        await("offsets of " + run.sink + " committed").atMost(WAIT).pollInterval(Duration.ofMillis(300)).until(() -> {
            long committed = 0;
            for (JsonNode entry : run.cluster.rest().offsets(run.sink).orThrow().path("offsets")) {
                if (run.orders.equals(entry.path("partition").path("kafka_topic").asText())) {
                    committed += entry.path("offset").path("kafka_offset").asLong();
                }
            }
            return committed == orderRecords(run).size();
        });
    }

    /** A UPS sink task metric, read over JMX (the worker runs in this JVM). */
    private static long metric(String sink, String name) {
        try {
            ObjectName task = new ObjectName("kafka.connect:type=plugins,connector=" + sink + ",task=0");
            return ((Number) ManagementFactory.getPlatformMBeanServer().getAttribute(task, name)).longValue();
        } catch (JMException e) {
            throw new AssertionError("metric " + name + " of " + sink + " not readable over JMX: " + e, e);
        }
    }

    /**
     * Both simulators with {@value #ORDERS} sales orders in X3, and the three connectors: the X3 source, the UPS sink
     * (a retention of seconds, the delivery watch on the tracking topic) and the X3 sink. Closing deletes the
     * connectors before the simulators stop, so no task is left retrying against them.
     */
    private static final class Run implements AutoCloseable {
        final ConnectCluster cluster;
        final String orders;
        final String ledger;
        final String tracking;
        final String source;
        final String sink;
        final String writeBack;
        final X3Simulator x3;
        final UpsSimulator ups;
        final List<String> orderNumbers = new ArrayList<>();

        private Run(ConnectCluster cluster, TestNames names, X3Simulator x3, UpsSimulator ups) {
            this.cluster = cluster;
            this.orders = names.topic("x3.orders");
            this.ledger = names.topic("ups.shipments");
            this.tracking = names.topic("ups.tracking");
            this.source = names.connector("x3-source");
            this.sink = names.connector("ups-sink");
            this.writeBack = names.connector("x3-sink");
            this.x3 = x3;
            this.ups = ups;
        }

        static Run start(ConnectCluster cluster, TestNames names) {
            X3Simulator x3 = X3Simulator.builder().port(0).salesOrders(0).purchaseOrders(0).start();
            UpsSimulator ups;
            try {
                ups = UpsSimulator.builder().port(0).accountNumber(ACCOUNT).seed(21).start();
            } catch (RuntimeException e) {
                x3.close();
                throw e;
            }
            Run run = new Run(cluster, names, x3, ups);
            try {
                run.startPipeline();
                return run;
            } catch (RuntimeException | Error e) {
                run.close();
                throw e;
            }
        }

        private void startPipeline() {
            cluster.topics().create(orders, 1);
            cluster.topics().create(tracking, 1);
            for (int i = 0; i < ORDERS; i++) {
                orderNumbers.add(create(x3));
            }
            X3Connection connection = new X3Connection(x3.baseUrl(), "SEED",
                    X3Login.basic(X3Simulator.DEFAULT_USER, X3Simulator.DEFAULT_PASSWORD));
            start(source, PipelineConfigs.x3Source(connection, orders).tasks(1)
                    .with("x3.transport", "REST").with("x3.entities", "SALES").with("poll.interval.ms", "300")
                    .with("page.size", "20").with("retry.backoff.ms", "100").with("retry.backoff.max.ms", "1000")
                    .build());
            start(sink, PipelineConfigs.upsSink(new UpsConnection(ups.baseUrl(), "sim-client-id",
                            "sim-client-secret"), orders, ledger, cluster.bootstrapServers())
                    .with("ups.retry.backoff.ms", "50").with("ups.retry.backoff.max.ms", "1000")
                    .with("ledger.topic.partitions", "1").with("ledger.topic.replication.factor", "1")
                    .with("ledger.retention.ms", Long.toString(RETENTION.toMillis()))
                    .with("ledger.retirement.interval.ms", "1000")
                    .with("tracking.topic", tracking)
                    // the retention must exceed the late duplicate audit's period and the re-ship backoff cap
                    .with("audit.period.ms", "1000")
                    .with("reconcile.check.interval.ms", "300")
                    .with("reconcile.reship.backoff.ms", "300").with("reconcile.reship.backoff.max.ms", "1000")
                    .with("subscription.enabled", "false")
                    .with("labels.enabled", "false")
                    .with(ShipFromSite.settings(ACCOUNT, ShipFromSite.ATLANTA)).build());
            await("ledger topic created").atMost(WAIT).until(() -> cluster.topics().names().contains(ledger));
            start(writeBack, PipelineConfigs.x3Sink(connection, ledger, tracking)
                    .with("retry.backoff.ms", "50").with("retry.backoff.max.ms", "500").build());
        }

        private void start(String name, Map<String, String> config) {
            cluster.rest().createConnector(name, config).orThrow();
            ConnectorAwait.untilRunning(cluster.rest(), name, 1);
        }

        @Override
        public void close() {
            try {
                for (String connector : List.of(writeBack, sink, source)) {
                    cluster.rest().deleteConnector(connector);
                }
            } finally {
                try {
                    x3.close();
                } finally {
                    ups.close();
                }
            }
        }
    }
}
