package dev.x3ups.x3.source.offset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OrderOffsetTest {

    private static final Instant T = Instant.parse("2026-05-01T08:00:00Z");

    @Test
    void roundTripsThroughItsMap() {
        OrderOffset offset = new OrderOffset(T, "SEED:SALES:SO1");

        assertThat(offset.toMap()).isEqualTo(Map.of("timestamp", "2026-05-01T08:00:00Z", "key", "SEED:SALES:SO1"));
        assertThat(OrderOffset.fromMap(offset.toMap())).isEqualTo(offset);
        assertThat(OrderOffset.fromMap(Map.of("timestamp", "2026-05-01T08:00:00Z"))).isEqualTo(OrderOffset.before(T));
    }

    @Test
    void ordersByTimestampThenKey() {
        OrderOffset before = OrderOffset.before(T);
        OrderOffset a = new OrderOffset(T, "SEED:SALES:A");
        OrderOffset b = new OrderOffset(T, "SEED:SALES:B");
        OrderOffset later = OrderOffset.before(T.plusMillis(1));

        assertThat(a.isAfter(before)).isTrue();
        assertThat(b.isAfter(a)).isTrue();
        assertThat(later.isAfter(b)).isTrue();
        assertThat(a.isAfter(a)).isFalse();
    }

    @Test
    void explainsWhatIsWrongWithAMalformedOffset() {
        assertThatThrownBy(() -> OrderOffset.fromMap(Map.of("timestamp", "yesterday")))
                .hasMessageContaining("'timestamp' is not an ISO-8601 UTC instant").hasMessageContaining("yesterday");
        assertThatThrownBy(() -> OrderOffset.fromMap(Map.of("timestamp", 1700000000L)))
                .hasMessageContaining("needs 'timestamp' as an ISO-8601 UTC instant string");
        assertThatThrownBy(() -> OrderOffset.fromMap(Map.of("key", "SEED:SALES:SO1")))
                .hasMessageContaining("needs 'timestamp'");
        assertThatThrownBy(() -> OrderOffset.fromMap(Map.of("timestamp", "2026-05-01T08:00:00Z", "key", 5)))
                .hasMessageContaining("'key' must be a string");
        assertThatThrownBy(() -> OrderOffset.fromMap(Map.of("timestamp", "2026-05-01T08:00:00Z", "position", "x")))
                .hasMessageContaining("unknown key 'position'");
    }
}
