package dev.x3ups.x3.sink.status;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class TrackedFieldTest {

    @Test
    void findsFieldsByLogicalNameAndReadsTheirValue() {
        assertThat(TrackedField.byLogicalName(" exceptionflag ")).isEqualTo(TrackedField.EXCEPTION);
        OrderTracking tracking = new OrderTracking(List.of("1Z1"), "UPS", "D", null, null, null, true, null, null,
                Instant.parse("2025-01-16T12:00:00Z"));
        assertThat(TrackedField.EXCEPTION.valueOf(tracking)).isEqualTo(true);
        assertThat(TrackedField.TRACKING_NUMBERS.valueOf(tracking)).isEqualTo(List.of("1Z1"));
        assertThat(TrackedField.LAST_EVENT_AT.valueOf(tracking)).isEqualTo(Instant.parse("2025-01-16T12:00:00Z"));
        assertThatThrownBy(() -> TrackedField.byLogicalName("weight")).hasMessageContaining("unknown field 'weight'");
    }
}
