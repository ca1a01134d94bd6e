package dev.x3ups.x3.source.poll;

import static org.assertj.core.api.Assertions.assertThat;

import dev.x3ups.x3.source.offset.OrderOffset;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class CancellationBoundTest {
    private static final Instant START = Instant.parse("1970-01-01T00:00:00Z");
    private static final Instant NOW = Instant.parse("2026-05-01T08:00:00Z");
    private static final Duration OVERLAP = Duration.ofSeconds(10);

    @Test
    void aFirstStartAnnouncesOnlyCancellationsFromNowOnNotTheFolderHistory() {
        assertThat(CancellationBound.of(OrderOffset.before(START), START, NOW, OVERLAP))
                .isEqualTo(NOW.minus(OVERLAP));
    }

    @Test
    void aRestartAnnouncesEveryCancellationSinceTheStoredOffset() {
        Instant stored = NOW.minus(Duration.ofHours(5));

        assertThat(CancellationBound.of(new OrderOffset(stored, "SEED:SALES:SO1"), START, NOW, OVERLAP))
                .as("the task was down for five hours: cancellations made meanwhile still count")
                .isEqualTo(stored.minus(OVERLAP));
    }

    @Test
    void aStartTimestampInTheFutureIsItsOwnBound() {
        Instant later = NOW.plus(Duration.ofDays(1));

        assertThat(CancellationBound.of(OrderOffset.before(later), later, NOW, OVERLAP)).isEqualTo(later.minus(OVERLAP));
    }
}
