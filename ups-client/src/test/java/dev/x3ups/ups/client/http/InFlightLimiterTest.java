package dev.x3ups.ups.client.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

class InFlightLimiterTest {

    @Test
    void queuesBeyondTheBoundAndHandsReleasedSlotsOnInOrder() {
        InFlightLimiter limiter = new InFlightLimiter(2);
        InFlightLimiter.Permit a = limiter.acquire().join();
        InFlightLimiter.Permit b = limiter.acquire().join();
        CompletableFuture<InFlightLimiter.Permit> c = limiter.acquire();
        CompletableFuture<InFlightLimiter.Permit> d = limiter.acquire();
        assertThat(c).isNotDone();
        assertThat(limiter.queued()).isEqualTo(2);
        assertThat(limiter.inFlight()).isEqualTo(2);

        a.release();
        assertThat(c).isDone();
        assertThat(d).isNotDone();
        a.release(); // twice is harmless
        assertThat(d).isNotDone();
        assertThat(limiter.inFlight()).isEqualTo(2);

        b.release();
        c.join().release();
        d.join().release();
        assertThat(limiter.inFlight()).isZero();
        assertThat(limiter.queued()).isZero();
    }
}
