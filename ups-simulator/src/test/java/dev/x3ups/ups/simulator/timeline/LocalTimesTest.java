package dev.x3ups.ups.simulator.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class LocalTimesTest {
    @Test
    void formatsUpsDatesTimesAndOffsets() {
        Instant at = Instant.parse("2026-07-01T03:04:05Z");
        ZoneOffset us = LocalTimes.offset("US");
        assertThat(LocalTimes.date(at, us)).isEqualTo("20260630");
        assertThat(LocalTimes.time(at, us)).isEqualTo("220405");
        assertThat(LocalTimes.offsetText(us)).isEqualTo("-05:00");
        assertThat(LocalTimes.offsetText(LocalTimes.offset("JP"))).isEqualTo("+00:00");
        assertThat(LocalTimes.offsetText(LocalTimes.offset("DE"))).isEqualTo("+01:00");
    }
}
