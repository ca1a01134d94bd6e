package dev.x3ups.x3.client.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.x3ups.client.Secret;
import dev.x3ups.secrets.crypto.KeyRing;
import dev.x3ups.testing.MutableClock;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class KafkaRefreshTokenStoreTest {
    private final MutableClock clock = new MutableClock(Instant.parse("2025-01-15T10:00:00Z"));
    private final InMemoryTokenLog log = new InMemoryTokenLog();
    private final List<Runnable> onPause = new ArrayList<>();

    private static KeyRing keys(byte fill) {
        byte[] key = new byte[KeyRing.KEY_BYTES];
        Arrays.fill(key, fill);
        return new KeyRing(Map.of("k1", key), "k1");
    }

    private KafkaRefreshTokenStore store(KeyRing keys) {
        return new KafkaRefreshTokenStore(log, new TokenSealer(keys), "test topic", clock, () -> {
            if (!onPause.isEmpty()) {
                onPause.remove(0).run();
            }
            clock.advance(Duration.ofSeconds(1));
        });
    }

    private KafkaRefreshTokenStore store() {
        return store(keys((byte) 7));
    }

    private static StoredRefreshToken token(String value) {
        return new StoredRefreshToken(Secret.of(value), Instant.parse("2025-02-14T10:00:00Z"), "pairing-1");
    }

    private static String rotate(KafkaRefreshTokenStore store, String next) throws IOException {
        try (RefreshTokenStore.Hold hold = store.hold()) {
            String spent = store.load().map(t -> t.token().reveal()).orElse("configured");
            store.save(token(next));
            return spent;
        }
    }

    @Test
    void eachHolderSpendsTheTokenTheOtherStoredLast() throws Exception {
        KafkaRefreshTokenStore source = store();
        KafkaRefreshTokenStore sink = store();

        assertThat(rotate(source, "rt-2")).isEqualTo("configured");
        assertThat(rotate(sink, "rt-3")).isEqualTo("rt-2");
        assertThat(rotate(source, "rt-4")).isEqualTo("rt-3");
        assertThat(rotate(sink, "rt-5")).isEqualTo("rt-4");

        assertThat(store().load().orElseThrow().token().reveal()).isEqualTo("rt-5");
        assertThat(store().isShared()).isTrue();
        assertThat(store().isDurable()).isTrue();
    }

    @Test
    void theTopicHoldsCiphertextOnlyAndAnotherKeyCannotOpenIt() throws Exception {
        rotate(store(), "rt-secret-value-2");

        assertThat(log.committed).isNotEmpty().allSatisfy(value -> {
            assertThat(value).startsWith("k1:v1.").doesNotContain("rt-secret-value").doesNotContain("pairing-1")
                    .doesNotContain("configured");
        });
        assertThatThrownBy(() -> store(keys((byte) 9)).load()).isInstanceOf(IOException.class)
                .hasMessageNotContaining("rt-secret-value");
    }

    @Test
    void aSecondHolderWaitsForTheLeaseAndSpendsOnlyTheRotatedToken() throws Exception {
        rotate(store(), "rt-2");
        KafkaRefreshTokenStore first = store();
        KafkaRefreshTokenStore second = store();
        RefreshTokenStore.Hold firstHold = first.hold();
        assertThat(first.load().orElseThrow().token().reveal()).isEqualTo("rt-2");
        // while the second waits, the first finishes its rotation
        onPause.add(() -> {
            try {
                first.save(token("rt-3"));
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            firstHold.close();
        });

        assertThat(rotate(second, "rt-4")).as("never the token the first holder spent").isEqualTo("rt-3");
        assertThat(store().load().orElseThrow().token().reveal()).isEqualTo("rt-4");
    }

    @Test
    void aCrashedHoldersLeaseRunsOut() throws Exception {
        rotate(store(), "rt-2");
        store().hold(); // holds and never comes back

        assertThat(rotate(store(), "rt-3")).isEqualTo("rt-2");
        assertThat(clock.instant()).isAfterOrEqualTo(Instant.parse("2025-01-15T10:01:00Z"));
    }

    @Test
    void aFencedHolderStillWritesTheTokenOnlyItHolds() throws Exception {
        rotate(store(), "rt-2");
        KafkaRefreshTokenStore slow = store();
        RefreshTokenStore.Hold slowHold = slow.hold();
        // the slow holder's lease runs out while X3 answers; another takes over and fences it
        clock.advance(Duration.ofSeconds(61));
        KafkaRefreshTokenStore next = store();
        RefreshTokenStore.Hold nextHold = next.hold();
        assertThat(next.load().orElseThrow().token().reveal()).isEqualTo("rt-2");

        slow.save(token("rt-3")); // X3 accepted rt-2 from the slow holder: rt-3 is the only valid token
        slowHold.close();
        nextHold.close(); // the other one's spend of rt-2 failed at X3; its release must not bring rt-2 back

        assertThat(store().load().orElseThrow().token().reveal()).isEqualTo("rt-3");
    }

    @Test
    void recordsAreOrderedByVersionAndTheLastOneWins() throws Exception {
        KafkaRefreshTokenStore store = store();
        for (int i = 2; i <= 6; i++) {
            rotate(store, "rt-" + i);
        }
        TokenSealer sealer = new TokenSealer(keys((byte) 7));
        List<Long> versions = new ArrayList<>();
        for (String value : log.committed) {
            versions.add(TokenRecord.fromJson(sealer.open(value)).version());
        }
        assertThat(versions).isSorted().doesNotHaveDuplicates();
        assertThat(new String(sealer.open(log.committed.get(log.committed.size() - 1)), StandardCharsets.UTF_8))
                .contains("rt-6").contains("\"holder\":\"\"");
    }
}
