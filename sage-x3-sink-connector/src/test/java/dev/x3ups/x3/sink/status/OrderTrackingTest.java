package dev.x3ups.x3.sink.status;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class OrderTrackingTest {

    @Test
    void normalisesLikeX3StoresIt() {
        OrderTracking tracking = new OrderTracking(List.of("1Z2", " ", "1Z1", "1Z2"), "UPS", "", "  ", null,
                Instant.parse("2025-01-15T10:00:00.987Z"), false, "", "r".repeat(300), Instant.parse("2025-01-15T10:00:05.5Z"));
        assertThat(tracking.trackingNumbers()).containsExactly("1Z2", "1Z1");
        assertThat(tracking.statusCode()).isNull();
        assertThat(tracking.statusDescription()).isNull();
        assertThat(tracking.exceptionCode()).isNull();
        assertThat(tracking.exceptionReason()).hasSize(250);
        assertThat(tracking.deliveredAt()).isEqualTo(Instant.parse("2025-01-15T10:00:00Z"));
        assertThat(tracking.lastEventAt()).isEqualTo(Instant.parse("2025-01-15T10:00:05Z"));
    }

    @Test
    void listsTheChangedFields() {
        OrderTracking before = new OrderTracking(List.of("1Z1"), "UPS", "I", "In transit", LocalDate.of(2025, 1, 17),
                null, false, null, null, Instant.parse("2025-01-15T10:00:00Z"));
        OrderTracking after = new OrderTracking(List.of("1Z1"), "UPS", "D", "Delivered", LocalDate.of(2025, 1, 17),
                Instant.parse("2025-01-16T10:00:00Z"), false, null, null, Instant.parse("2025-01-16T10:00:00Z"));
        assertThat(after.changesSince(before)).containsExactlyInAnyOrder(TrackedField.STATUS_CODE,
                TrackedField.STATUS_DESCRIPTION, TrackedField.DELIVERED_AT, TrackedField.LAST_EVENT_AT);
        assertThat(after.changesSince(after)).isEmpty();
    }
}
