package dev.x3ups.x3.client.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class LineWeightTest {

    private static BigDecimal d(String value) {
        return value == null ? null : new BigDecimal(value);
    }

    @Test
    void theLineWeightWinsAndGivesThePerUnitWeight() {
        LineWeight weight = LineWeight.of(d("4"), d("10"), "KG", d("9"), "LB", d("4"), d("1"));
        assertThat(weight.lineWeight()).isEqualByComparingTo("10");
        assertThat(weight.unitWeight()).isEqualByComparingTo("2.5");
        assertThat(weight.unit()).isEqualTo("KG");
    }

    @Test
    void fallsBackToTheItemWeightPerStockUnitConverted() {
        // 2 boxes of 12 units, 0.5 kg a unit
        LineWeight weight = LineWeight.of(d("2"), d("0"), "KG", d("0.5"), "KG", d("24"), d("12"));
        assertThat(weight.unitWeight()).isEqualByComparingTo("6");
        assertThat(weight.lineWeight()).isEqualByComparingTo("12");
        assertThat(weight.unit()).isEqualTo("KG");
    }

    @Test
    void withoutStockQuantityTheOrderQuantityIsUsed() {
        LineWeight weight = LineWeight.of(d("3"), null, null, d("2"), "OZ", null, null);
        assertThat(weight.unitWeight()).isEqualByComparingTo("2");
        assertThat(weight.lineWeight()).isEqualByComparingTo("6");
    }

    @Test
    void unknownWhenNoWeightOrNoUnit() {
        assertThat(LineWeight.of(d("3"), d("0"), "KG", d("0"), "", null, null)).isEqualTo(LineWeight.UNKNOWN);
        assertThat(LineWeight.of(d("3"), d("5"), null, d("1"), null, null, null)).isEqualTo(LineWeight.UNKNOWN);
    }

    @Test
    void aZeroQuantityLeavesTheUnitWeightUnknown() {
        LineWeight weight = LineWeight.of(d("0"), d("5"), "KG", null, null, null, null);
        assertThat(weight.unitWeight()).isNull();
        assertThat(weight.lineWeight()).isEqualByComparingTo("5");
    }
}
