package dev.x3ups.x3.simulator.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class WeightUnitTest {

    @Test
    void convertsBetweenUnits() {
        assertThat(WeightUnit.KG.convert(new BigDecimal("1"), WeightUnit.LB)).isEqualByComparingTo("2.205");
        assertThat(WeightUnit.LB.convert(new BigDecimal("62"), WeightUnit.KG)).isEqualByComparingTo("28.123");
        assertThat(WeightUnit.OZ.convert(new BigDecimal("16"), WeightUnit.LB)).isEqualByComparingTo("1.000");
        assertThat(WeightUnit.G.convert(new BigDecimal("850"), WeightUnit.KG)).isEqualByComparingTo("0.850");
    }
}
