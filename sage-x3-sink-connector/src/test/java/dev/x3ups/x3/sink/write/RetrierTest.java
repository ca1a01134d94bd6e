package dev.x3ups.x3.sink.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.x3ups.x3.client.X3RejectedException;
import dev.x3ups.x3.client.X3TransientException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class RetrierTest {

    private final List<Duration> waits = new ArrayList<>();
    private final Retrier retrier = new Retrier(4, Duration.ofMillis(100), Duration.ofMillis(250), waits::add);

    @Test
    void retriesTransientErrorsWithGrowingBoundedBackoff() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        String result = retrier.call(() -> {
            if (calls.incrementAndGet() < 4) {
                throw new X3TransientException("Internal server error", 500, null);
            }
            return "ok";
        });
        assertThat(result).isEqualTo("ok");
        assertThat(waits).containsExactly(Duration.ofMillis(100), Duration.ofMillis(200), Duration.ofMillis(250));
    }

    @Test
    void givesUpAfterTheLastAttempt() {
        AtomicInteger calls = new AtomicInteger();
        assertThatThrownBy(() -> retrier.call(() -> {
            calls.incrementAndGet();
            throw new X3TransientException("Web service pool is busy, retry later", 200, null);
        })).isInstanceOf(X3TransientException.class).hasMessageContaining("pool is busy");
        assertThat(calls).hasValue(4);
    }

    @Test
    void doesNotRetryRejections() {
        AtomicInteger calls = new AtomicInteger();
        assertThatThrownBy(() -> retrier.call(() -> {
            calls.incrementAndGet();
            throw new X3RejectedException("721 : Record does not exist", 404, null);
        })).isInstanceOf(X3RejectedException.class);
        assertThat(calls).hasValue(1);
        assertThat(waits).isEmpty();
    }
}
