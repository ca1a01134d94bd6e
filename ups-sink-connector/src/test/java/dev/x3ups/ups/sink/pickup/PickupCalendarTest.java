package dev.x3ups.ups.sink.pickup;

import static dev.x3ups.ups.sink.pickup.PickupFixtures.NEW_YORK;
import static dev.x3ups.ups.sink.pickup.PickupFixtures.onCall;
import static dev.x3ups.ups.sink.pickup.PickupFixtures.site;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PickupCalendarTest {
    private final PickupCalendar calendar = new PickupCalendar(Map.of("ATL", site("ATL", NEW_YORK)),
            Map.of("ATL", onCall()), Clock.fixed(newYork("2026-12-08T16:59:59"), NEW_YORK));

    private static Instant newYork(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(NEW_YORK).toInstant();
    }

    @Test
    void beforeTheCutoffInTheSitesZoneTheShipmentGoesOnTodaysPickup() {
        // 21:59 UTC is 16:59 in New York: still before the 17:00 cutoff there
        assertThat(calendar.of("ATL", Instant.parse("2026-12-08T21:59:00Z"))).isEqualTo(LocalDate.parse("2026-12-08"));
    }

    @Test
    void fromTheCutoffOnItGoesOnTheNextBusinessDay() {
        assertThat(calendar.of("ATL", newYork("2026-12-08T17:00"))).isEqualTo(LocalDate.parse("2026-12-09"));
        assertThat(calendar.of("ATL", newYork("2026-12-11T17:30"))).as("Friday evening: Monday")
                .isEqualTo(LocalDate.parse("2026-12-14"));
    }

    @Test
    void aWeekendShipmentGoesOnMondaysPickup() {
        assertThat(calendar.of("ATL", newYork("2026-12-12T09:00"))).isEqualTo(LocalDate.parse("2026-12-14"));
        assertThat(calendar.of("ATL", newYork("2026-12-13T09:00"))).isEqualTo(LocalDate.parse("2026-12-14"));
    }

    @Test
    void aShipmentCreatedNowGoesOnTheDayTheClockSays() {
        assertThat(calendar.forShipmentNow("ATL")).isEqualTo(LocalDate.parse("2026-12-08"));
    }

    @Test
    void aSiteNotConfiguredHasNoPickupDay() {
        assertThat(calendar.of("RNO", newYork("2026-12-08T09:00"))).isNull();
    }
}
