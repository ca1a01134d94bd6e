package dev.x3ups.ups.sink.audit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.x3ups.records.ShipmentLedgerEntry;
import dev.x3ups.records.ShipmentState;
import dev.x3ups.testing.MutableClock;
import dev.x3ups.ups.client.UpsUnavailableException;
import dev.x3ups.ups.client.ship.VoidResult;
import dev.x3ups.ups.sink.ledger.ShipmentLedger;
import dev.x3ups.ups.sink.metrics.SinkMetrics;
import dev.x3ups.ups.sink.shipping.Reconciler;
import dev.x3ups.ups.sink.support.MemoryLedgerLog;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

class LateDuplicateAuditTest {
    private static final Instant SHIPPED = Instant.parse("2026-12-07T08:00:00Z");
    private final MemoryLedgerLog log = new MemoryLedgerLog();
    private final ShipmentLedger ledger = new ShipmentLedger(log);
    private final SinkMetrics metrics = new SinkMetrics();
    private final Map<String, List<String>> atUps = new HashMap<>();
    private final List<String> searched = new CopyOnWriteArrayList<>();
    private final List<String> voided = new CopyOnWriteArrayList<>();
    private boolean upsDown;
    private boolean voidRefused;
    private final MutableClock clock = new MutableClock(SHIPPED.plus(Duration.ofMinutes(30)));

    private LateDuplicateAudit audit() {
        Reconciler reconciler = new Reconciler((reference, account) -> null, id -> {
            if (voidRefused) {
                return CompletableFuture.completedFuture(new VoidResult("0", "Already picked up", Map.of()));
            }
            voided.add(id);
            return CompletableFuture.completedFuture(new VoidResult("1", "Voided", Map.of()));
        }, delay -> CompletableFuture.completedFuture(null), 1, Duration.ofSeconds(1), metrics);
        return new LateDuplicateAudit(ledger, (reference, account) -> {
            searched.add(reference);
            return upsDown ? CompletableFuture.failedFuture(new UpsUnavailableException("503", 503, List.of(), null))
                    : CompletableFuture.completedFuture(atUps.getOrDefault(reference, List.of()));
        }, reconciler, key -> !key.endsWith("OTHER"), Duration.ofHours(24), metrics, clock);
    }

    private void created(String key, String shipmentId, Instant reconciledAt) {
        ledger.write(ShipmentLedgerEntry.builder().orderKey(key).state(ShipmentState.CREATED).reference(key)
                .shipmentId(shipmentId).trackingNumbers(shipmentId).reconciledAt(reconciledAt).updatedAt(SHIPPED)
                .shipAttempts(2).build()).join();
    }

    @Test
    void aLateTwinOfAReconciledOrderIsVoidedRecordedAndCounted() {
        created("S:SO1", "1ZB", SHIPPED);
        atUps.put("S:SO1", List.of("1ZA", "1ZB"));

        audit().run();

        assertThat(voided).containsExactly("1ZA");
        ShipmentLedgerEntry entry = ledger.get("S:SO1").orElseThrow();
        assertThat(entry.state()).isEqualTo(ShipmentState.CREATED);
        assertThat(entry.shipmentId()).isEqualTo("1ZB");
        assertThat(entry.voidedShipmentIds()).containsExactly("1ZA");
        assertThat(metrics.lateTwinsVoidedTotal()).isEqualTo(1);
    }

    @Test
    void onlyOwnReconciledCreatedShipmentsInsideThePeriodAreLookedUp() {
        created("S:SO1", "1ZB", SHIPPED);
        created("S:CLEAN", "1ZC", null);
        created("S:OTHER", "1ZD", SHIPPED);
        created("S:OLD", "1ZE", SHIPPED.minus(Duration.ofHours(24)));
        ledger.write(ShipmentLedgerEntry.builder().orderKey("S:PENDING").state(ShipmentState.PENDING)
                .reconciledAt(SHIPPED).build()).join();
        // found by reconciliation after a single ship call: that call made at most one shipment, no twin possible
        created("S:ONECALL", "1ZF", SHIPPED);
        ledger.write(ledger.get("S:ONECALL").orElseThrow().toBuilder().shipAttempts(1).build()).join();
        // written before ship calls were counted: audited
        created("S:LEGACY", "1ZG", SHIPPED);
        ledger.write(ledger.get("S:LEGACY").orElseThrow().toBuilder().shipAttempts(0).build()).join();

        audit().run();

        assertThat(searched).containsExactlyInAnyOrder("S:SO1", "S:LEGACY");
        searched.clear();
        clock.advance(Duration.ofHours(23).plusMinutes(30));
        audit().run();
        assertThat(searched).as("the period is over").isEmpty();
    }

    @Test
    void theLedgersOwnShipmentAndTwinsAlreadyVoidedAreLeftAlone() {
        created("S:SO1", "1ZB", SHIPPED);
        ShipmentLedgerEntry before = ledger.get("S:SO1").orElseThrow();
        ledger.write(before.toBuilder().voidedShipmentIds(List.of("1ZA")).build()).join();
        atUps.put("S:SO1", List.of("1ZA", "1ZB")); // Quantum View still lists a voided shipment's manifest
        int written = log.appended().size();

        audit().run();

        assertThat(voided).isEmpty();
        assertThat(log.appended()).hasSize(written);
        assertThat(metrics.lateTwinsVoidedTotal()).isZero();
    }

    @Test
    void aFailedLookUpOrARefusedVoidWaitsForTheNextRun() {
        created("S:SO1", "1ZB", SHIPPED);
        atUps.put("S:SO1", List.of("1ZA", "1ZB"));
        upsDown = true;
        LateDuplicateAudit audit = audit();

        audit.run();
        voidRefused = true;
        upsDown = false;
        audit.run();
        assertThat(ledger.get("S:SO1").orElseThrow().voidedShipmentIds()).isEmpty();

        voidRefused = false;
        audit.run();
        assertThat(searched).hasSize(3);
        assertThat(ledger.get("S:SO1").orElseThrow().voidedShipmentIds()).containsExactly("1ZA");
    }

    @Test
    void anOrderThatMovedOnMeanwhileIsNotRewritten() {
        ShipmentLedgerEntry audited = ShipmentLedgerEntry.builder().orderKey("S:SO1").state(ShipmentState.CREATED)
                .shipmentId("1ZB").build();
        ShipmentLedgerEntry voidedSince = audited.toBuilder().state(ShipmentState.VOIDED).build();

        assertThat(LateDuplicateAudit.withVoided(java.util.Optional.of(voidedSince), "1ZB", List.of("1ZA"))).isEmpty();
        assertThat(LateDuplicateAudit.withVoided(java.util.Optional.of(audited.toBuilder().shipmentId("1ZC").build()),
                "1ZB", List.of("1ZA"))).isEmpty();
        assertThat(LateDuplicateAudit.withVoided(java.util.Optional.of(audited), "1ZB", List.of("1ZA")))
                .map(ShipmentLedgerEntry::voidedShipmentIds).contains(List.of("1ZA"));
    }

    @Test
    void anOrderStillBeingLookedUpIsNotLookedUpTwice() {
        created("S:SO1", "1ZB", SHIPPED);
        CompletableFuture<List<String>> slow = new CompletableFuture<>();
        LateDuplicateAudit audit = new LateDuplicateAudit(ledger, (reference, account) -> {
            searched.add(reference);
            return slow;
        }, null, key -> true, Duration.ofHours(24), metrics, clock);

        audit.run();
        audit.run();
        assertThat(searched).hasSize(1);
        slow.complete(List.of("1ZB"));
        audit.run();
        assertThat(searched).hasSize(2);
    }
}
