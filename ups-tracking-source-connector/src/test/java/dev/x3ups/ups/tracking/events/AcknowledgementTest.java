package dev.x3ups.ups.tracking.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AcknowledgementTest {

    @Test
    void aWaitingRequestIsAnsweredOnce() {
        Acknowledgement ack = Acknowledgement.waiting(42);
        assertThat(ack.future()).isNotDone();
        assertThat(ack.complete()).isTrue();
        assertThat(ack.complete()).isFalse();
        assertThat(ack.future()).isCompleted();
        assertThat(ack.receivedNanos()).isEqualTo(42);
    }

    @Test
    void aFailedOneCompletesExceptionally() {
        Acknowledgement ack = Acknowledgement.waiting(0);
        ack.fail(new IllegalStateException("x"));
        assertThat(ack.future()).isCompletedExceptionally();
    }

    @Test
    void noneHasNobodyWaiting() {
        assertThat(Acknowledgement.none().complete()).isFalse();
        assertThat(Acknowledgement.none().future()).isCompleted();
    }
}
