package dev.x3ups.x3.client.master;

import static org.assertj.core.api.Assertions.assertThat;

import dev.x3ups.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MasterDataCacheTest {
    private final MutableClock clock = new MutableClock(Instant.parse("2025-01-15T10:00:00Z"));
    private final List<String> reads = new ArrayList<>();
    private final MasterDataCache.Loader<String> loader = key -> {
        reads.add(key);
        return key.startsWith("X") ? Optional.empty() : Optional.of(key.toLowerCase());
    };

    @Test
    void readsEachKeyOnceWhileFreshAndRemembersUnknownKeysToo() throws Exception {
        MasterDataCache<String> cache = new MasterDataCache<>(10, Duration.ofMinutes(5), clock);

        assertThat(cache.get("IT1", loader)).contains("it1");
        assertThat(cache.get("IT1", loader)).contains("it1");
        assertThat(cache.get("X9", loader)).isEmpty();
        assertThat(cache.get("X9", loader)).isEmpty();

        assertThat(reads).containsExactly("IT1", "X9");
        assertThat(cache.hits()).isEqualTo(2);
        assertThat(cache.misses()).isEqualTo(2);
    }

    @Test
    void readsAgainOnceOlderThanTheMaximumAge() throws Exception {
        MasterDataCache<String> cache = new MasterDataCache<>(10, Duration.ofMinutes(5), clock);
        cache.get("IT1", loader);

        clock.advance(Duration.ofMinutes(5));
        cache.get("IT1", loader);
        clock.advance(Duration.ofSeconds(1));
        cache.get("IT1", loader);

        assertThat(reads).containsExactly("IT1", "IT1");
    }

    @Test
    void holdsAtMostItsSizeDroppingTheLeastRecentlyUsed() throws Exception {
        MasterDataCache<String> cache = new MasterDataCache<>(2, Duration.ofHours(1), clock);
        cache.get("A", loader);
        cache.get("B", loader);
        cache.get("A", loader);
        cache.get("C", loader);

        assertThat(cache.size()).isEqualTo(2);
        cache.get("A", loader);
        cache.get("B", loader);
        assertThat(reads).containsExactly("A", "B", "C", "B");
    }
}
