package dev.x3ups.it.upssink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.x3ups.embedded.connectors.ShipFromSite;
import dev.x3ups.it.harness.ConnectCluster;
import dev.x3ups.it.harness.ConnectIT;
import dev.x3ups.it.harness.ConnectorAwait;
import dev.x3ups.it.harness.TestNames;
import dev.x3ups.records.Order;
import dev.x3ups.records.OrderKind;
import dev.x3ups.records.PickupKind;
import dev.x3ups.records.PickupRecord;
import dev.x3ups.records.PickupRecords;
import dev.x3ups.records.PickupState;
import dev.x3ups.records.ShipmentLedgerEntry;
import dev.x3ups.ups.simulator.ApiEndpoint;
import dev.x3ups.ups.simulator.fault.FaultSpec;
import dev.x3ups.ups.simulator.fault.TimeoutMode;
import dev.x3ups.ups.simulator.pickup.PickupBooking;
import dev.x3ups.ups.simulator.pickup.SiteCalendar;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * Pickups on the simulator's clock: three sites (two ON_CALL in different time zones, one SMART) over three
 * simulated business days, on two tasks. Every site-day with packages gets exactly one pickup with the day's
 * package count, a day without packages gets none, a shipment after the cutoff rides the next day's pickup, and a
 * booking whose answer is lost, followed by a task kill, is found again instead of being booked twice.
 */
@ConnectIT
class PickupIT {
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final ShipFromSite DALLAS = new ShipFromSite("DAL", "Dallas Cross-Dock", "2500 Irving Blvd",
            "Dallas", "TX", "75207", "US", "+1 214-555-0100", "America/Chicago");
    private static final LocalDate MONDAY = LocalDate.parse("2026-12-14");

    @Test
    void oneBookingPerSitePerBusinessDayWithTheDaysPackages(ConnectCluster cluster, TestNames names) {
        try (UpsSinkRun run = UpsSinkRun.start(cluster, names, 2, newYork(MONDAY, "08:00"))) {
            run.ups.pickups().configureSmartAccount(UpsSinkRun.ACCOUNT,
                    SiteCalendar.weekdays(ZoneId.of("America/Los_Angeles")));
            String pickups = names.topic("ups.pickups");
            Map<String, String> config = run.config(ShipFromSite.ATLANTA, ShipFromSite.RENO, DALLAS);
            config.put("tasks.max", "2");
            config.put("ups.timeout.ms", "1000");
            config.put("pickup.topic", pickups);
            config.put("pickup.check.interval.ms", "200");
            config.put("pickup.clock.url", run.ups.baseUrl() + "/admin/clock");
            config.put("site.ATL.pickup.policy", "ON_CALL");
            config.put("site.DAL.pickup.policy", "ON_CALL");
            config.put("site.RNO.pickup.policy", "SMART");
            run.create(config);
            List<Order> all = new ArrayList<>();

            // Monday: packages at all three sites; Reno's Smart Pickup follows its first package
            all.addAll(ship(run, "D1", Map.of("ATL", 3, "DAL", 2, "RNO", 2)));
            awaitPickup(run, pickups, "RNO", MONDAY);
            toNewYork(run, MONDAY, "15:05"); // Atlanta books at 15:00 New York time, Dallas not before 15:00 Chicago
            awaitPickup(run, pickups, "ATL", MONDAY);
            assertThat(records(run, pickups)).doesNotContainKey("DAL:" + MONDAY);
            toNewYork(run, MONDAY, "16:05");
            awaitPickup(run, pickups, "DAL", MONDAY);
            toNewYork(run, MONDAY, "17:30"); // after Atlanta's 17:00 cutoff: Tuesday's pickup
            List<Order> late = ship(run, "L1", Map.of("ATL", 1));
            all.addAll(late);
            assertThat(run.ledgerEntries().get(late.get(0).key()).pickupDate()).isEqualTo(MONDAY.plusDays(1));

            // Tuesday: Dallas ships nothing, so books nothing
            LocalDate tuesday = MONDAY.plusDays(1);
            toNewYork(run, tuesday, "09:00");
            all.addAll(ship(run, "D2", Map.of("ATL", 2, "RNO", 1)));
            toNewYork(run, tuesday, "16:05");
            awaitPickup(run, pickups, "ATL", tuesday);
            awaitPickup(run, pickups, "RNO", tuesday);

            // Wednesday: the on-call answers are lost (UPS books them) and both tasks are killed
            LocalDate wednesday = tuesday.plusDays(1);
            toNewYork(run, wednesday, "09:00");
            all.addAll(ship(run, "D3", Map.of("ATL", 2, "DAL", 1, "RNO", 1)));
            awaitPickup(run, pickups, "RNO", wednesday);
            run.ups.faults().set(ApiEndpoint.PICKUP, FaultSpec.none()
                    .withTimeouts(1.0, TimeoutMode.AFTER_PROCESSING, Duration.ofSeconds(3)));
            toNewYork(run, wednesday, "16:05");
            await("both on-call bookings reached UPS").atMost(Duration.ofSeconds(30))
                    .until(() -> run.ups.pickups().bookings().at("US:30336", wednesday).size() == 1
                            && run.ups.pickups().bookings().at("US:75207", wednesday).size() == 1);
            cluster.rest().restartTask(run.connector, 0).orThrow();
            cluster.rest().restartTask(run.connector, 1).orThrow();
            ConnectorAwait.untilRunning(cluster.rest(), run.connector, 2);
            run.ups.faults().clear(ApiEndpoint.PICKUP);
            awaitPickup(run, pickups, "ATL", wednesday);
            awaitPickup(run, pickups, "DAL", wednesday);

            Map<String, ShipmentLedgerEntry> ledger = run.awaitFinal(all, Duration.ofSeconds(30));
            Map<String, PickupRecord> records = records(run, pickups);
            assertThat(records.keySet()).containsExactlyInAnyOrder(
                    "ATL:" + MONDAY, "ATL:" + tuesday, "ATL:" + wednesday, "DAL:" + MONDAY, "DAL:" + wednesday,
                    "RNO:" + MONDAY, "RNO:" + tuesday, "RNO:" + wednesday);
            assertThat(run.ups.pickups().bookings().duplicates()).as("no site-day booked twice").isEmpty();
            assertThat(run.ups.pickups().bookings().all()).as("one booking or trigger per site-day")
                    .hasSize(records.size());
            for (PickupRecord record : records.values()) {
                assertThat(record.state()).as(record.key()).isEqualTo(PickupState.BOOKED);
                List<ShipmentLedgerEntry> collected = ledger.values().stream()
                        .filter(e -> record.site().equals(e.site()) && record.date().equals(e.pickupDate())).toList();
                assertThat(record.orderKeys()).as(record.key()).containsExactlyInAnyOrderElementsOf(
                        collected.stream().map(ShipmentLedgerEntry::orderKey).toList());
                if (record.kind() == PickupKind.ON_CALL) {
                    PickupBooking booking = run.ups.pickups().bookings().byPrn(record.prn()).orElseThrow();
                    assertThat(booking.date()).isEqualTo(record.date());
                    assertThat(booking.packageCount()).as("packages of " + record.key())
                            .isEqualTo(collected.stream().mapToInt(e -> e.trackingNumbers().size()).sum());
                }
            }
            assertThat(records.get("ATL:" + tuesday).orderKeys()).as("the late Monday shipment")
                    .contains(late.get(0).key());
        }
    }

    /** Ships {@code perSite} orders per site now and waits until the ledger has them all. */
    private static List<Order> ship(UpsSinkRun run, String tag, Map<String, Integer> perSite) {
        List<Order> batch = new ArrayList<>();
        perSite.forEach((site, count) -> {
            for (int i = 1; i <= count; i++) {
                String number = run.number(tag + site + i);
                batch.add(new Order(OrderKind.SALES, "SEED", number, site, Instant.now().truncatedTo(ChronoUnit.MILLIS),
                        "C0001", null, UpsSinkRun.customer(), List.of(UpsSinkRun.line(1, "IT0001", "2", "1.5", "KG")),
                        new BigDecimal("99.50"), "USD", "UGND", "UPS", "OPEN", "PO-" + number));
            }
        });
        run.produce(batch);
        run.awaitFinal(batch, Duration.ofSeconds(60));
        return batch;
    }

    private static void awaitPickup(UpsSinkRun run, String topic, String site, LocalDate day) {
        await(site + " " + day + " booked").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(300))
                .until(() -> records(run, topic).get(site + ":" + day),
                        r -> r != null && r.state() == PickupState.BOOKED);
    }

    private static Map<String, PickupRecord> records(UpsSinkRun run, String topic) {
        Map<String, PickupRecord> latest = new LinkedHashMap<>();
        if (!run.cluster.topics().names().contains(topic)) {
            return latest;
        }
        PickupRecords.Codec codec = new PickupRecords.Codec(topic);
        for (ConsumerRecord<byte[], byte[]> record : run.cluster.reader().readAll(topic)) {
            PickupRecord value = codec.record(record.value());
            latest.put(value.key(), value);
        }
        return latest;
    }

    private static Instant newYork(LocalDate day, String time) {
        return LocalDateTime.of(day, java.time.LocalTime.parse(time)).atZone(NEW_YORK).toInstant();
    }

    private static void toNewYork(UpsSinkRun run, LocalDate day, String time) {
        run.ups.advanceClock(Duration.between(run.ups.clock().now(), newYork(day, time)));
    }
}
