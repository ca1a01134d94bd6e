package dev.x3ups.ups.sink.packing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.x3ups.records.Dimensions;
import dev.x3ups.records.OrderLine;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.config.ConfigException;
import org.junit.jupiter.api.Test;

class DefaultDimensionsTest {
    private final DefaultDimensions defaults = new DefaultDimensions(
            Map.of("IT0005", dims("12", "10", "8", "IN")), Map.of("BOX", dims("40", "30", "30", "CM")));

    @Test
    void orderLineFirstThenItemThenPackagingUnit() {
        Dimensions own = dims("5", "5", "5", "CM");

        assertThat(defaults.forLine(line("IT0005", "BOX", own))).isEqualTo(own);
        assertThat(defaults.forLine(line("IT0005", "BOX", null))).isEqualTo(dims("12", "10", "8", "IN"));
        assertThat(defaults.forLine(line("IT0006", "box", null))).isEqualTo(dims("40", "30", "30", "CM"));
        assertThat(defaults.forLine(line("IT0006", "UN", null))).isNull();
    }

    @Test
    void zeroDimensionsFromX3CountAsUnknown() {
        assertThat(defaults.forLine(line("IT0005", "UN", dims("0", "0", "0", "CM")))).isEqualTo(dims("12", "10", "8", "IN"));
    }

    @Test
    void parsesEntries() {
        assertThat(DefaultDimensions.parse("k", List.of("IT0001:30x20x10 CM", " box : 12.5X8X6in "), true))
                .containsEntry("IT0001", dims("30", "20", "10", "CM"))
                .containsEntry("BOX", dims("12.5", "8", "6", "IN"));
    }

    @Test
    void refusesBadEntriesNamingTheKey() {
        assertThatThrownBy(() -> DefaultDimensions.parse("package.dimensions.item", List.of("IT0001:30x20 CM"), false))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("package.dimensions.item").hasMessageContaining("KEY:LxWxH UNIT");
        assertThatThrownBy(() -> DefaultDimensions.parse("k", List.of("A:1x1x0 CM"), false))
                .hasMessageContaining("greater than zero");
        assertThatThrownBy(() -> DefaultDimensions.parse("k", List.of("A:1x1x1 CM", "A:2x2x2 IN"), false))
                .hasMessageContaining("'A' is given twice");
    }

    private static Dimensions dims(String l, String w, String h, String unit) {
        return new Dimensions(new BigDecimal(l), new BigDecimal(w), new BigDecimal(h), unit);
    }

    private static OrderLine line(String item, String unit, Dimensions d) {
        return new OrderLine(1000, item, null, BigDecimal.ONE, unit, BigDecimal.ONE, null, "KG", d);
    }
}
