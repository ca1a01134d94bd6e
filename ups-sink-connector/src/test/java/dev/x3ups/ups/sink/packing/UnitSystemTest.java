package dev.x3ups.ups.sink.packing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.x3ups.ups.client.ship.LengthUnit;
import dev.x3ups.ups.client.ship.WeightUnit;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class UnitSystemTest {

    @Test
    void poundsAndInchesFromTheUsAndPuertoRicoOnly() {
        assertThat(UnitSystem.forOrigin("US")).isEqualTo(UnitSystem.IMPERIAL);
        assertThat(UnitSystem.forOrigin("PR")).isEqualTo(UnitSystem.IMPERIAL);
        assertThat(UnitSystem.forOrigin("CA")).isEqualTo(UnitSystem.METRIC);
        assertThat(UnitSystem.IMPERIAL.weightUnit).isEqualTo(WeightUnit.LBS);
        assertThat(UnitSystem.METRIC.lengthUnit).isEqualTo(LengthUnit.CM);
    }

    @Test
    void convertsLengths() {
        assertThat(UnitSystem.METRIC.length(new BigDecimal("10"), "IN")).isEqualByComparingTo("25.4");
        assertThat(UnitSystem.IMPERIAL.length(new BigDecimal("25.4"), "cm")).isEqualByComparingTo("10");
        assertThat(UnitSystem.IMPERIAL.length(new BigDecimal("7"), "IN")).isEqualByComparingTo("7");
        assertThat(UnitSystem.METRIC.length(new BigDecimal("7"), "MM")).isNull();
    }
}
