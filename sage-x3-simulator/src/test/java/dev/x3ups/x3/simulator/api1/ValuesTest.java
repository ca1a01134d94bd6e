package dev.x3ups.x3.simulator.api1;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ValuesTest {

    @Test
    void comparesAcrossTypes() {
        assertThat(Values.compare(1, new BigDecimal("1.0"))).isZero();
        assertThat(Values.compare(new BigDecimal("2"), "10")).isNegative();
        assertThat(Values.compare(Instant.parse("2025-01-15T00:00:00Z"), LocalDate.parse("2025-01-15"))).isZero();
        assertThat(Values.compare(LocalDate.parse("2025-01-14"), Instant.parse("2025-01-14T10:00:00Z"))).isNegative();
        assertThat(Values.compare(null, "a")).isNegative();
        assertThat(Values.compare("SO2", "SO10")).isPositive();
    }

    @Test
    void writesKeyText() {
        assertThat(Values.text(new BigDecimal("12.500"))).isEqualTo("12.5");
        assertThat(Values.text(Instant.parse("2025-01-15T10:00:05Z"))).isEqualTo("2025-01-15T10:00:05Z");
        assertThat(Values.text(null)).isEmpty();
    }
}
