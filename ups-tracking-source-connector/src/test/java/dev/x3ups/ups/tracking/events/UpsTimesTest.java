package dev.x3ups.ups.tracking.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class UpsTimesTest {

    @Test
    void readsUpsDatesTimesAndOffsets() {
        assertThat(UpsTimes.date("20240423")).isEqualTo(LocalDate.of(2024, 4, 23));
        assertThat(UpsTimes.offset("-04.00")).isEqualTo(ZoneOffset.ofHours(-4));
        assertThat(UpsTimes.offset("-05:00")).isEqualTo(ZoneOffset.ofHours(-5));
        assertThat(UpsTimes.offset("+0530")).isEqualTo(ZoneOffset.ofHoursMinutes(5, 30));
        assertThat(UpsTimes.instant("20240423", "091519", ZoneOffset.ofHours(-4)))
                .isEqualTo(Instant.parse("2024-04-23T13:15:19Z"));
        assertThat(UpsTimes.instant("20240423", "0915", null)).isEqualTo(Instant.parse("2024-04-23T09:15:00Z"));
    }

    @Test
    void blankOrBadIsNull() {
        assertThat(UpsTimes.date("")).isNull();
        assertThat(UpsTimes.date("2024-04-23")).isNull();
        assertThat(UpsTimes.date("20241340")).isNull();
        assertThat(UpsTimes.time("99")).isNull();
        assertThat(UpsTimes.time("256100")).isNull();
        assertThat(UpsTimes.offset("   ")).isNull();
        assertThat(UpsTimes.offset("EST")).isNull();
        assertThat(UpsTimes.instant("", "091519", null)).isNull();
        assertThat(UpsTimes.trimmed("  ")).isNull();
        assertThat(UpsTimes.trimmed(" 1Z ")).isEqualTo("1Z");
    }
}
