package dev.x3ups.it.upssink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.x3ups.it.harness.CapturedLog;
import dev.x3ups.it.harness.ConnectCluster;
import dev.x3ups.it.harness.ConnectIT;
import dev.x3ups.it.harness.TestNames;
import dev.x3ups.records.Address;
import dev.x3ups.records.Order;
import dev.x3ups.records.ShipmentLedgerEntry;
import dev.x3ups.records.ShipmentRecords;
import dev.x3ups.records.ShipmentState;
import dev.x3ups.records.TrackingEvent;
import dev.x3ups.records.TrackingEventRecords;
import dev.x3ups.records.TrackingSource;
import dev.x3ups.records.WriteBack;
import dev.x3ups.ups.simulator.ApiEndpoint;
import dev.x3ups.ups.simulator.ship.ReferenceCount;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.connect.data.Struct;
import org.apache.kafka.connect.json.JsonConverter;
import org.junit.jupiter.api.Test;

/**
 * An order whose shipment UPS reported delivered leaves the ledger, and coming back from X3 it is never shipped
 * twice: X3's write-back record (tracking numbers and the digest of the content shipped) is the evidence
 * (docs/architecture.md, "Retired orders coming back"). The UPS sink runs on the real broker and Connect worker
 * against the UPS simulator; orders and tracking events are produced as the X3 source and the tracking source
 * write them. Retirement is the sink's own (a retention of seconds), started by the delivery watch.
 */
@ConnectIT
class RetiredOrderIT {
    private static final Duration RETENTION = Duration.ofSeconds(4);
    private final JsonConverter converter = new JsonConverter();

    RetiredOrderIT() {
        converter.configure(Map.of("schemas.enable", "true"), false);
    }

    @Test
    void aDeliveredOrderRetiresAndComingBackUnchangedOrChangedIsNeverShippedAgain(ConnectCluster cluster,
                                                                                   TestNames names, CapturedLog log) {
        try (UpsSinkRun run = UpsSinkRun.start(cluster, names, 1)) {
            String tracking = names.topic("ups.tracking");
            cluster.topics().create(tracking, 1);
            Map<String, String> config = run.config();
            config.put("tracking.topic", tracking);
            config.put("ledger.retention.ms", Long.toString(RETENTION.toMillis()));
            config.put("ledger.retirement.interval.ms", "300");
            config.put("audit.period.ms", "1000"); // the retention must exceed it
            run.create(config);
            await("delivery watch reading " + tracking).atMost(Duration.ofSeconds(30))
                    .until(() -> log.contains("Delivery watch: reading 1 partition(s) of " + tracking));

            // shipped once
            Order order = run.orders(1).get(0);
            run.produce(List.of(order));
            ShipmentLedgerEntry shipped = run.awaitFinal(List.of(order), Duration.ofSeconds(60)).get(order.key());
            assertThat(shipped.state()).isEqualTo(ShipmentState.CREATED);
            assertThat(shipped.deliveredAt()).isNull();
            String number = shipped.trackingNumbers().get(0);

            // UPS reports it delivered a minute ago: the delivery watch records it, and with it final for longer
            // than the retention the task retires it (a tombstone)
            Instant delivered = Instant.now().minusSeconds(60).truncatedTo(ChronoUnit.MILLIS);
            produceTracking(cluster, tracking, new TrackingEvent(number, order.key(), "D", "KB", "Delivered",
                    delivered, null, null, "Alpharetta, GA, US", null, delivered, false, null,
                    TrackingSource.WEBHOOK));
            await("deliveredAt recorded").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300))
                    .until(() -> history(cluster, run.ledger, order.key()).stream()
                            .anyMatch(e -> e != null && delivered.equals(e.deliveredAt())));
            await("retired: a tombstone").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300))
                    .until(() -> last(history(cluster, run.ledger, order.key())) == null);
            long shipCalls = run.ups.counters().count(ApiEndpoint.SHIP);

            // X3 re-emits the order unchanged, with its write-back record: not shipped, nothing written
            WriteBack evidence = new WriteBack(shipped.trackingNumbers(), shipped.orderDigest(), Instant.now());
            run.produce(List.of(order.withWriteBack(evidence)));
            run.awaitCommitted(2);
            assertThat(run.ups.counters().count(ApiEndpoint.SHIP)).isEqualTo(shipCalls);
            assertThat(last(history(cluster, run.ledger, order.key()))).as("still retired").isNull();

            // changed in X3 (a new ship-to) after retirement: FAILED RETIRED_CHANGED naming X3's number, not shipped;
            // a brand-new order without write-back evidence still ships
            Order changed = changedShipTo(order).withWriteBack(evidence);
            Order fresh = run.order(run.number("NEW1"), UpsSinkRun.customer(), order.lines());
            run.produce(List.of(changed, fresh));
            ShipmentLedgerEntry flagged = await("FAILED RETIRED_CHANGED").atMost(Duration.ofSeconds(60))
                    .pollInterval(Duration.ofMillis(300))
                    .until(() -> history(cluster, run.ledger, order.key()).stream()
                            .filter(e -> e != null && e.state() == ShipmentState.FAILED).findFirst().orElse(null),
                            e -> e != null);
            assertThat(flagged.failureCode()).isEqualTo("RETIRED_CHANGED");
            assertThat(flagged.failureMessage()).contains(number).contains("not shipped again");
            assertThat(flagged.trackingNumbers()).isEqualTo(shipped.trackingNumbers());
            // (UpsSinkRun.awaitFinal reads every ledger record as an entry; the ledger now holds tombstones)
            await("the new order shipped").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(300))
                    .until(() -> history(cluster, run.ledger, fresh.key()).stream()
                            .anyMatch(e -> e != null && e.state() == ShipmentState.CREATED));
            run.awaitCommitted(4);

            assertThat(run.ups.counters().count(ApiEndpoint.SHIP)).as("only the new order shipped")
                    .isEqualTo(shipCalls + 1);
            assertThat(run.ups.shipments().createdPerReference().get(order.key()))
                    .as("one shipment at UPS for the retired order").isEqualTo(new ReferenceCount(1, 1));
            await("the changed order reported to the DLQ").atMost(Duration.ofSeconds(30))
                    .until(() -> run.dlqRecords() == 1);
        }
    }

    private void produceTracking(ConnectCluster cluster, String topic, TrackingEvent event) {
        byte[] value = converter.fromConnectData(topic, TrackingEventRecords.VALUE_SCHEMA,
                TrackingEventRecords.toStruct(event));
        cluster.writer().produce(topic, event.trackingNumber().getBytes(StandardCharsets.UTF_8), value);
    }

    /** Every record of the order on the ledger topic in order, a tombstone as null. */
    private List<ShipmentLedgerEntry> history(ConnectCluster cluster, String ledger, String orderKey) {
        List<ShipmentLedgerEntry> records = new ArrayList<>();
        if (!cluster.topics().names().contains(ledger)) {
            return records;
        }
        byte[] key = orderKey.getBytes(StandardCharsets.UTF_8);
        for (ConsumerRecord<byte[], byte[]> record : cluster.reader().readAll(ledger)) {
            if (Arrays.equals(key, record.key())) {
                records.add(record.value() == null ? null
                        : ShipmentRecords.fromStruct((Struct) converter.toConnectData(ledger, record.value()).value()));
            }
        }
        return records;
    }

    /** The latest record, null for a tombstone; a sentinel when there is none at all (never retired). */
    private static ShipmentLedgerEntry last(List<ShipmentLedgerEntry> history) {
        return history.isEmpty() ? ShipmentLedgerEntry.builder().orderKey("none").state(ShipmentState.PENDING).build()
                : history.get(history.size() - 1);
    }

    private static Order changedShipTo(Order order) {
        Address moved = new Address("Peachtree Outfitters", "Jane Doe", "+1 404 555 0123", "jane@example.com",
                List.of("500 Oak Ave"), "Roswell", "GA", "30075", "US", false);
        return new Order(order.kind(), order.folder(), order.number(), order.site(), order.revision().plusSeconds(5),
                order.partyCode(), order.shipFrom(), moved, order.lines(), order.totalAmount(), order.currency(),
                order.deliveryMode(), order.carrier(), order.status(), order.customerReference());
    }
}
