package dev.x3ups.ups.sink.shipping;

import static org.assertj.core.api.Assertions.assertThat;

import dev.x3ups.ups.client.UpsRejectedException;
import dev.x3ups.ups.client.UpsUnavailableException;
import dev.x3ups.ups.client.ship.RecoveredShipment;
import dev.x3ups.ups.client.ship.ShippingLabel;
import dev.x3ups.ups.client.ship.VoidResult;
import dev.x3ups.ups.sink.metrics.SinkMetrics;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

class ReconcilerTest {
    private final Deque<CompletableFuture<List<String>>> answers = new ArrayDeque<>();
    private final List<String> searches = new ArrayList<>();
    private final List<String> voided = new ArrayList<>();
    private final List<Duration> waits = new ArrayList<>();
    private final SinkMetrics metrics = new SinkMetrics();
    private Voider voider = id -> {
        voided.add(id);
        return CompletableFuture.completedFuture(new VoidResult("1", "Voided", Map.of()));
    };

    private Reconciler reconciler() {
        return new Reconciler((ref, account) -> {
            searches.add(ref + "/" + account);
            return answers.isEmpty() ? CompletableFuture.completedFuture(List.of()) : answers.poll();
        }, id -> voider.voidShipment(id), delay -> {
            waits.add(delay);
            return CompletableFuture.completedFuture(null);
        }, 3, Duration.ofSeconds(2), metrics);
    }

    @Test
    void looksUpTheConfiguredNumberOfTimesBeforeGivingUp() {
        Optional<FoundShipment> found = reconciler().find("REF", "A1B2C3", 1).join();

        assertThat(found).isEmpty();
        assertThat(searches).containsExactly("REF/A1B2C3", "REF/A1B2C3", "REF/A1B2C3");
        assertThat(waits).containsExactly(Duration.ofSeconds(2), Duration.ofSeconds(2));
    }

    @Test
    void keepsTheEarliestShipmentAndVoidsTheRest() {
        answers.add(CompletableFuture.completedFuture(List.of()));
        answers.add(CompletableFuture.completedFuture(List.of("1Z3", "1Z1", "1Z2")));

        FoundShipment kept = reconciler().find("REF", "A1B2C3", 1).join().orElseThrow();

        assertThat(kept.shipmentId()).isEqualTo("1Z1");
        assertThat(voided).containsExactlyInAnyOrder("1Z2", "1Z3");
        assertThat(metrics.voidedDuplicatesTotal()).isEqualTo(2);
    }

    @Test
    void aFailedLookUpIsRepeatedWithoutUsingUpACheck() {
        answers.add(CompletableFuture.failedFuture(new UpsUnavailableException("503", 503, List.of(), null)));
        answers.add(CompletableFuture.failedFuture(new UpsUnavailableException("503", 503, List.of(), null)));
        answers.add(CompletableFuture.failedFuture(new UpsUnavailableException("503", 503, List.of(), null)));
        answers.add(CompletableFuture.completedFuture(List.of("1Z7")));

        assertThat(reconciler().find("REF", null, 1).join()).map(FoundShipment::shipmentId).contains("1Z7");
        assertThat(searches).hasSize(4);
    }

    @Test
    void theSweepVoidsEverythingButTheShipmentKept() {
        answers.add(CompletableFuture.completedFuture(List.of("1Z1", "1Z2", "1Z5", "1Z6")));

        int count = reconciler().sweep("REF", "A1B2C3", 2, "1Z5").join();

        assertThat(count).isEqualTo(1);
        assertThat(voided).containsExactly("1Z1");
    }

    @Test
    void aDuplicateOutsideTheVoidWindowIsReportedNotCounted() {
        voider = id -> CompletableFuture.failedFuture(new UpsRejectedException("void", 400,
                List.of(new dev.x3ups.ups.client.UpsError("190102", "No shipment found within the allowed void period")),
                null));
        answers.add(CompletableFuture.completedFuture(List.of("1Z1", "1Z2")));

        assertThat(reconciler().find("REF", "A1B2C3", 1).join()).map(FoundShipment::shipmentId).contains("1Z1");
        assertThat(metrics.voidedDuplicatesTotal()).isZero();
    }

    private final List<String> recoveries = new ArrayList<>();
    private final List<String> restSearches = new ArrayList<>();

    private Reconciler recoveringFirst(CompletableFuture<RecoveredShipment> recovered) {
        LabelRecoverySearch recovery = new LabelRecoverySearch((ref, account) -> {
            recoveries.add(ref + "/" + account);
            return recovered;
        });
        return reconciler().recoveringLabelsFirst(recovery, (ref, account) -> {
            restSearches.add(ref + "/" + account);
            return CompletableFuture.completedFuture(List.of());
        });
    }

    @Test
    void afterASingleShipCallOneLabelRecoveryFindsTheShipmentWithItsLabels() {
        ShippingLabel label = new ShippingLabel("1Z1", "ZPL", "XlhB");
        Reconciler reconciler = recoveringFirst(CompletableFuture.completedFuture(
                new RecoveredShipment("1Z1", List.of("1Z1"), List.of(label))));
        Instant now = Instant.parse("2026-12-07T10:00:00Z");

        FoundShipment found = reconciler.findAfterBackoff(1, now, now, "REF", "A1B2C3", 1, true).join().orElseThrow();

        assertThat(found.shipmentId()).isEqualTo("1Z1");
        assertThat(found.labels()).containsExactly(label);
        assertThat(recoveries).containsExactly("REF/A1B2C3");
        assertThat(searches).isEmpty();
        assertThat(restSearches).isEmpty();
    }

    @Test
    void aLabelRecoveryMissGoesOnWithTheOtherSearchesThenTheWholeSearch() {
        Reconciler reconciler = recoveringFirst(CompletableFuture.failedFuture(new UpsRejectedException("label recovery",
                400, List.of(new dev.x3ups.ups.client.UpsError("190202", "No shipment found")), null)));
        Instant now = Instant.parse("2026-12-07T10:00:00Z");

        assertThat(reconciler.findAfterBackoff(1, now, now, "REF", "A1B2C3", 1, true).join()).isEmpty();

        assertThat(recoveries).containsExactly("REF/A1B2C3");
        assertThat(restSearches).containsExactly("REF/A1B2C3");
        assertThat(searches).containsExactly("REF/A1B2C3", "REF/A1B2C3");
    }

    @Test
    void whereTwinsMayExistTheLookUpStartsWithTheWholeSearch() {
        Reconciler reconciler = recoveringFirst(CompletableFuture.completedFuture(
                new RecoveredShipment("1Z2", List.of("1Z2"), List.of())));
        answers.add(CompletableFuture.completedFuture(List.of("1Z1", "1Z2")));
        Instant now = Instant.parse("2026-12-07T10:00:00Z");

        FoundShipment found = reconciler.findAfterBackoff(2, now, now, "REF", "A1B2C3", 1, false).join().orElseThrow();

        assertThat(found.shipmentId()).isEqualTo("1Z1");
        assertThat(voided).containsExactly("1Z2");
        assertThat(recoveries).isEmpty();
    }
}
