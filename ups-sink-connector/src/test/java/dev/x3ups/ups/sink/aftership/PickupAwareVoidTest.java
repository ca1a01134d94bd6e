package dev.x3ups.ups.sink.aftership;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class PickupAwareVoidTest {
    private static final String ID = "1ZA1B2C30300000011";
    private final FakeUps ups = new FakeUps();
    private final AtomicInteger pauses = new AtomicInteger();
    private final PickupAwareVoid voids = new PickupAwareVoid(ups.pickups(), ups.voider(), delay -> {
        pauses.incrementAndGet();
        return CompletableFuture.completedFuture(null);
    }, Duration.ofSeconds(2));

    private VoidOutcome voidIt() throws Exception {
        return voids.voidUnlessPickedUp(ID, List.of(ID)).get();
    }

    @Test
    void aShipmentWithoutPickupScanIsVoidedAfterOneTrackCall() throws Exception {
        assertThat(voidIt().kind()).isEqualTo(VoidOutcome.Kind.VOIDED);
        assertThat(ups.trackCalls).hasSize(1);
        assertThat(ups.voidCalls).containsExactly(ID);
    }

    @Test
    void aPickedUpShipmentIsNotVoided() throws Exception {
        ups.status.put(ID, PickupStatus.PICKED_UP);

        assertThat(voidIt().kind()).isEqualTo(VoidOutcome.Kind.PICKED_UP);
        assertThat(ups.voidCalls).isEmpty();
    }

    @Test
    void aShipmentUpsAlreadyShowsVoidedCountsAsVoidedWithoutAnotherVoid() throws Exception {
        ups.status.put(ID, PickupStatus.VOIDED);

        VoidOutcome outcome = voidIt();

        assertThat(outcome.kind()).isEqualTo(VoidOutcome.Kind.ALREADY_VOIDED);
        assertThat(outcome.voided()).isTrue();
        assertThat(ups.voidCalls).isEmpty();
    }

    @Test
    void aLostVoidAnswerIsCheckedAgainAndNotRepeated() throws Exception {
        ups.loseVoidAnswer = true;

        assertThat(voidIt().kind()).isEqualTo(VoidOutcome.Kind.ALREADY_VOIDED);
        assertThat(ups.voidCalls).containsExactly(ID);
        assertThat(pauses).hasValue(1);
    }

    @Test
    void aRefusedVoidIsReportedWithUpsWordsWhenTrackShowsNoReason() throws Exception {
        ups.status.put(ID, PickupStatus.VOIDED);
        ups.trackLags = true;

        VoidOutcome outcome = voidIt();

        assertThat(outcome.kind()).isEqualTo(VoidOutcome.Kind.REFUSED);
        assertThat(outcome.detail()).contains("190102");
        assertThat(ups.trackCalls).hasSize(2);
    }

    @Test
    void anUnreachableUpsIsAskedAgainAfterThePause() throws Exception {
        ups.unavailableCalls = 2;

        assertThat(voidIt().kind()).isEqualTo(VoidOutcome.Kind.VOIDED);
        assertThat(pauses).hasValue(2);
        assertThat(ups.voidCalls).containsExactly(ID);
    }

    @Test
    void theSweepVariantFailsInsteadOfWaiting() {
        ups.unavailableCalls = 1;

        assertThat(voids.tryVoidUnlessPickedUp(ID, List.of(ID))).isCompletedExceptionally();
        assertThat(pauses).hasValue(0);
    }
}
