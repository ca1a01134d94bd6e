package dev.x3ups.ups.simulator.pickup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class SiteCalendarTest {
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final LocalDate FRIDAY = LocalDate.of(2026, 12, 11);
    private final SiteCalendar calendar = SiteCalendar.weekdays(NEW_YORK).withCallBy(LocalTime.of(16, 0))
            .withHoliday(LocalDate.of(2026, 12, 14));

    @Test
    void businessDaysSkipWeekendsAndHolidays() {
        assertThat(calendar.isBusinessDay(FRIDAY)).isTrue();
        assertThat(calendar.isBusinessDay(FRIDAY.plusDays(1))).isFalse();
        assertThat(calendar.nextBusinessDay(FRIDAY)).as("Monday is a holiday").isEqualTo(LocalDate.of(2026, 12, 15));
        assertThat(calendar.withSaturdays().nextBusinessDay(FRIDAY)).isEqualTo(FRIDAY.plusDays(1));
    }

    @Test
    void todayAndTheCallByTimeAreTheSitesLocalOnes() {
        Instant lateFridayInNewYork = Instant.parse("2026-12-12T02:00:00Z"); // Friday 21:00 in New York
        assertThat(calendar.today(lateFridayInNewYork)).isEqualTo(FRIDAY);
        assertThat(calendar.pastCallBy(lateFridayInNewYork)).isTrue();
        assertThat(calendar.pastCallBy(Instant.parse("2026-12-11T20:59:00Z"))).isFalse();
    }

    @Test
    void zonesAreGuessedFromTheAddressWhenNotConfigured() {
        assertThat(SiteZones.guess("US", "CA")).isEqualTo(ZoneId.of("America/Los_Angeles"));
        assertThat(SiteZones.guess("US", "tx")).isEqualTo(ZoneId.of("America/Chicago"));
        assertThat(SiteZones.guess("US", "NJ")).isEqualTo(NEW_YORK);
        assertThat(SiteZones.guess("FR", null)).isEqualTo(ZoneId.of("Europe/Paris"));
        assertThat(SiteZones.guess("ZZ", null)).isEqualTo(ZoneId.of("UTC"));
    }
}
