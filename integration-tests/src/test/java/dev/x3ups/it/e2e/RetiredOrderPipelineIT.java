package dev.x3ups.it.e2e;

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
import java.util.Optional;
import java.util.function.Predicate;
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
        String orders = names.topic("x3.orders");
        String ledger = names.topic("ups.shipments");
        String tracking = names.topic("ups.tracking");
        String source = names.connector("x3-source");
        String sink = names.connector("ups-sink");
        String writeBack = names.connector("x3-sink");
        cluster.topics().create(orders, 1);
        cluster.topics().create(tracking, 1);
        try (X3Simulator x3 = X3Simulator.builder().port(0).salesOrders(0).purchaseOrders(0).start();
             UpsSimulator ups = UpsSimulator.builder().port(0).accountNumber(ACCOUNT).seed(21).start()) {
            List<String> numbers = new ArrayList<>();
            for (int i = 0; i < ORDERS; i++) {
                numbers.add(create(x3));
            }

            X3Connection connection = new X3Connection(x3.baseUrl(), "SEED",
                    X3Login.basic(X3Simulator.DEFAULT_USER, X3Simulator.DEFAULT_PASSWORD));
            start(cluster, source, PipelineConfigs.x3Source(connection, orders).tasks(1)
                    .with("x3.transport", "REST").with("x3.entities", "SALES").with("poll.interval.ms", "300")
                    .with("page.size", "20").with("retry.backoff.ms", "100").with("retry.backoff.max.ms", "1000")
                    .build());
            start(cluster, sink, PipelineConfigs.upsSink(new UpsConnection(ups.baseUrl(), "sim-client-id",
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
            start(cluster, writeBack, PipelineConfigs.x3Sink(connection, ledger, tracking)
                    .with("retry.backoff.ms", "50").with("retry.backoff.max.ms", "500").build());

            // 1. shipped once; X3 holds the tracking numbers and the digest of the content shipped
            Map<String, TrackingRecord> shipped = new LinkedHashMap<>();
            for (String number : numbers) {
                shipped.put(number, awaitWriteBack(x3, number,
                        r -> !trackingNumbers(r).isEmpty() && !text(r, "YORDDIG").isEmpty()));
            }
            for (String number : numbers) {
                ShipmentLedgerEntry entry = lastEntry(history(cluster, ledger, key(number)));
                assertThat(entry.state()).isEqualTo(ShipmentState.CREATED);
                assertThat(text(shipped.get(number), "YORDDIG")).as("X3 holds the ledger's digest of " + number)
                        .isEqualTo(entry.orderDigest());
                assertThat(trackingNumbers(shipped.get(number))).isEqualTo(entry.trackingNumbers());
            }
            long shipCalls = ups.counters().count(ApiEndpoint.SHIP);
            assertThat(shipCalls).isEqualTo(ORDERS);

            // UPS reports them delivered a minute ago: final for longer than the retention, so retired
            await("delivery watch reading " + tracking).atMost(WAIT)
                    .until(() -> log.contains("Delivery watch: reading 1 partition(s) of " + tracking));
            Instant delivered = Instant.now().minusSeconds(60).truncatedTo(ChronoUnit.MILLIS);
            shipped.forEach((number, record) -> trackingNumbers(record).forEach(trackingNumber ->
                    produceTracking(cluster, tracking, new TrackingEvent(trackingNumber, key(number), "D", "KB",
                            "Delivered", delivered, null, null, "Alpharetta, GA, US", null, delivered, false, null,
                            TrackingSource.WEBHOOK))));
            for (String number : numbers) {
                await("retired: a tombstone for " + number).atMost(WAIT).pollInterval(Duration.ofMillis(300))
                        .until(() -> {
                            List<ShipmentLedgerEntry> history = history(cluster, ledger, key(number));
                            return !history.isEmpty() && history.get(history.size() - 1) == null;
                        });
                assertThat(history(cluster, ledger, key(number))).as("deliveredAt recorded before retiring")
                        .anyMatch(e -> e != null && delivered.equals(e.deliveredAt()));
                awaitWriteBack(x3, number, r -> !text(r, "YDLVDATTIM").isEmpty());
            }

            // 2. the source reads every order again from the start: each arrives with X3's evidence, none ships
            int emittedBefore = orderRecords(cluster, orders).size();
            cluster.rest().stop(source).orThrow();
            ConnectorAwait.untilState(cluster.rest(), source, "STOPPED", 0);
            cluster.rest().resetOffsets(source).orThrow();
            cluster.rest().resume(source).orThrow();
            ConnectorAwait.untilRunning(cluster.rest(), source, 1);

            Map<String, JsonNode> reEmitted = await("the orders emitted again").atMost(WAIT)
                    .pollInterval(Duration.ofMillis(300))
                    .until(() -> latestSince(orderRecords(cluster, orders), emittedBefore),
                            m -> m.keySet().containsAll(numbers.stream().map(RetiredOrderPipelineIT::key).toList()));
            for (String number : numbers) {
                JsonNode evidence = reEmitted.get(key(number)).path("writeBack");
                assertThat(evidence.isObject()).as("write-back of " + number + " on the orders topic: " + evidence)
                        .isTrue();
                List<String> carried = new ArrayList<>();
                evidence.path("trackingNumbers").forEach(n -> carried.add(n.asText()));
                assertThat(carried).isEqualTo(trackingNumbers(shipped.get(number)));
                assertThat(evidence.path("orderDigest").asText()).isEqualTo(text(shipped.get(number), "YORDDIG"));
            }
            int reEmittedCount = orderRecords(cluster, orders).size() - emittedBefore;
            await("the UPS sink passed over every retired order").atMost(WAIT).pollInterval(Duration.ofMillis(300))
                    .until(() -> metric(sink, "retired-orders-seen-total") >= ORDERS);
            awaitCommitted(cluster, sink, orders);
            assertThat(metric(sink, "retired-orders-seen-total")).as("each re-emitted record counted once")
                    .isEqualTo(orderRecords(cluster, orders).size() - emittedBefore).isEqualTo(reEmittedCount);
            assertThat(ups.counters().count(ApiEndpoint.SHIP)).as("no second ship call").isEqualTo(shipCalls);
            for (String number : numbers) {
                assertThat(ups.shipments().createdPerReference().get(key(number))).as(number)
                        .isEqualTo(new ReferenceCount(1, 1));
                List<ShipmentLedgerEntry> history = history(cluster, ledger, key(number));
                assertThat(history.subList(history.indexOf(null), history.size()))
                        .as("no ledger entry reappears for " + number).containsOnlyNulls();
            }

            // 3. changed in X3 after retirement: FAILED RETIRED_CHANGED, flagged in X3, its number kept
            String changed = numbers.get(0);
            List<String> changedNumbers = trackingNumbers(shipped.get(changed));
            x3.admin().modifySalesOrder(changed, Map.of("BPDADDLIG", List.of("4400 North Point Pkwy", "", ""),
                    "BPDPOSCOD", "30022", "BPDCTY", "Alpharetta"));
            ShipmentLedgerEntry flagged = await("FAILED RETIRED_CHANGED").atMost(WAIT)
                    .pollInterval(Duration.ofMillis(300))
                    .until(() -> history(cluster, ledger, key(changed)).stream()
                            .filter(e -> e != null && e.state() == ShipmentState.FAILED).findFirst().orElse(null),
                            e -> e != null);
            assertThat(flagged.failureCode()).isEqualTo("RETIRED_CHANGED");
            assertThat(flagged.failureMessage()).contains(changedNumbers.get(0)).contains("not shipped again");
            assertThat(flagged.trackingNumbers()).isEqualTo(changedNumbers);
            assertThat(flagged.orderDigest()).as("the new content's digest")
                    .isNotEqualTo(text(shipped.get(changed), "YORDDIG"));

            TrackingRecord inX3 = awaitWriteBack(x3, changed, r -> "RET_CHG".equals(text(r, "YEXCCOD")));
            assertThat(text(inX3, "YEXCFLG")).as("exception flag set").isEqualTo("2");
            assertThat(text(inX3, "YEXCRSN")).contains(changedNumbers.get(0));
            assertThat(trackingNumbers(inX3)).as("X3 keeps the tracking numbers").isEqualTo(changedNumbers);
            assertThat(text(inX3, "YORDDIG")).as("the changed content is the one X3 now vouches for")
                    .isEqualTo(flagged.orderDigest());
            // the X3 sink read the retirement tombstones before this entry (one ledger partition): not malformed
            assertThat(log.text()).doesNotContain("record has no value (tombstone)");
            assertThat(metric(sink, "retired-orders-changed-total")).isEqualTo(1);
            assertThat(ups.counters().count(ApiEndpoint.SHIP)).as("the change is not shipped").isEqualTo(shipCalls);
            assertThat(ups.shipments().createdPerReference().get(key(changed))).isEqualTo(new ReferenceCount(1, 1));

            // 4. a brand-new order still ships, once
            String fresh = create(x3);
            TrackingRecord freshWriteBack = awaitWriteBack(x3, fresh, r -> !trackingNumbers(r).isEmpty());
            assertThat(text(freshWriteBack, "YEXCCOD")).isEmpty();
            awaitCommitted(cluster, sink, orders);
            assertThat(ups.counters().count(ApiEndpoint.SHIP)).as("only the new order shipped")
                    .isEqualTo(shipCalls + 1);
            assertThat(ups.shipments().createdPerReference().get(key(fresh))).isEqualTo(new ReferenceCount(1, 1));
            for (String number : numbers) {
                assertThat(ups.shipments().createdPerReference().get(key(number))).as(number)
                        .isEqualTo(new ReferenceCount(1, 1));
            }
        } finally {
            for (String connector : List.of(writeBack, sink, source)) {
                cluster.rest().deleteConnector(connector);
            }
        }
    }

    private static String create(X3Simulator x3) {
        return x3.admin().createSalesOrder(SalesOrderDraft.forCustomer("C0001").site("ATL").deliveryMode("UGND")
                .line("IT0001", 2)).number();
    }

    private static String key(String number) {
        return "SEED:SALES:" + number;
    }

    private static void start(ConnectCluster cluster, String name, Map<String, String> config) {
        cluster.rest().createConnector(name, config).orThrow();
        ConnectorAwait.untilRunning(cluster.rest(), name, 1);
    }

    private static TrackingRecord awaitWriteBack(X3Simulator x3, String number, Predicate<TrackingRecord> done) {
        return await("X3 write-back of " + number).atMost(WAIT).pollInterval(Duration.ofMillis(300))
                .until(() -> x3.admin().writeBack(number).orElse(null), r -> r != null && done.test(r));
    }

    private static List<String> trackingNumbers(TrackingRecord record) {
        Object value = record.get("YTRKNUM");
        if (!(value instanceof List<?> list)) {
            return value == null || value.toString().isBlank() ? List.of() : List.of(value.toString().trim());
        }
        return list.stream().map(String::valueOf).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    private static String text(TrackingRecord record, String field) {
        return Optional.ofNullable(record.get(field)).map(String::valueOf).map(String::trim).orElse("");
    }

    private void produceTracking(ConnectCluster cluster, String topic, TrackingEvent event) {
        byte[] value = converter.fromConnectData(topic, TrackingEventRecords.VALUE_SCHEMA,
                TrackingEventRecords.toStruct(event));
        cluster.writer().produce(topic, event.trackingNumber().getBytes(StandardCharsets.UTF_8), value);
    }

    /** Every record of the order on the ledger topic in order, a tombstone as null. */
    private List<ShipmentLedgerEntry> history(ConnectCluster cluster, String ledger, String orderKey) {
        List<ShipmentLedgerEntry> records = new ArrayList<>();
        byte[] key = orderKey.getBytes(StandardCharsets.UTF_8);
        for (ConsumerRecord<byte[], byte[]> record : cluster.reader().readAll(ledger)) {
            if (Arrays.equals(key, record.key())) {
                records.add(record.value() == null ? null
                        : ShipmentRecords.fromStruct((Struct) converter.toConnectData(ledger, record.value()).value()));
            }
        }
        return records;
    }

    private static ShipmentLedgerEntry lastEntry(List<ShipmentLedgerEntry> history) {
        assertThat(history).isNotEmpty();
        return history.get(history.size() - 1);
    }

    /** The X3 source's records on the orders topic, in order. */
    private static List<ConsumerRecord<byte[], byte[]>> orderRecords(ConnectCluster cluster, String orders) {
        return new TopicReader(cluster.bootstrapServers()).readAll(orders, Isolation.READ_COMMITTED);
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
    private static void awaitCommitted(ConnectCluster cluster, String sink, String orders) {
        await("offsets of " + sink + " committed").atMost(WAIT).pollInterval(Duration.ofMillis(300)).until(() -> {
            long committed = 0;
            for (JsonNode entry : cluster.rest().offsets(sink).orThrow().path("offsets")) {
                if (orders.equals(entry.path("partition").path("kafka_topic").asText())) {
                    committed += entry.path("offset").path("kafka_offset").asLong();
                }
            }
            return committed == orderRecords(cluster, orders).size();
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
}
