package dev.x3ups.ups.simulator.pickup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class PickupDayTest {
    private final SiteCalendar calendar = SiteCalendar.weekdays(ZoneId.of("America/New_York"))
            .withCallBy(LocalTime.of(16, 0)).withLeadTime(Duration.ofMinutes(90));
    private final Instant tuesday10am = Instant.parse("2026-12-08T15:00:00Z");

    private String code(PickupDay.Checked checked) {
        return checked.error() == null ? null : checked.error().code();
    }

    @Test
    void aReadyTimeInThePastBecomesNowAndTheWindowMustExceedTheLeadTime() {
        PickupDay.Checked checked = PickupDay.window(calendar, "20261208", "0800", "1700", tuesday10am);
        assertThat(checked.error()).isNull();
        assertThat(checked.ready()).isEqualTo(LocalTime.of(10, 0));
        assertThat(code(PickupDay.window(calendar, "20261208", "0800", "1130", tuesday10am)))
                .isEqualTo(PickupErrors.WINDOW_TOO_SHORT);
        assertThat(code(PickupDay.window(calendar, "20261209", "0800", "0930", tuesday10am)))
                .as("exactly the lead time is not greater than it").isEqualTo(PickupErrors.WINDOW_TOO_SHORT);
        assertThat(code(PickupDay.window(calendar, "20261209", "1600", "1900", tuesday10am)))
                .isEqualTo(PickupErrors.BAD_READY_TIME);
        assertThat(code(PickupDay.window(calendar, "20261209", "9am", "1900", tuesday10am)))
                .isEqualTo(PickupErrors.BAD_READY_TIME);
    }

    @Test
    void theDayMustBeAServiceDayFromTodayOnAndTodayBeforeTheCallByTime() {
        assertThat(code(PickupDay.day(calendar, "20261207", tuesday10am))).isEqualTo(PickupErrors.BAD_DATE);
        assertThat(code(PickupDay.day(calendar, "1208", tuesday10am))).isEqualTo(PickupErrors.BAD_DATE);
        assertThat(code(PickupDay.day(calendar, "20270201", tuesday10am))).isEqualTo(PickupErrors.BAD_DATE);
        assertThat(code(PickupDay.day(calendar, "20261212", tuesday10am))).isEqualTo(PickupErrors.NOT_A_SERVICE_DAY);
        assertThat(code(PickupDay.day(calendar, "20261208", tuesday10am.plus(Duration.ofHours(6)))))
                .isEqualTo(PickupErrors.PAST_CALL_BY);
        assertThat(code(PickupDay.day(calendar, "20261209", tuesday10am.plus(Duration.ofHours(6))))).isNull();
    }
}
