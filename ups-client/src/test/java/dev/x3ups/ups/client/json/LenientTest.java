package dev.x3ups.ups.client.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class LenientTest {
    private final JsonNode node = UpsJson.parse("""
            {"one":{"a":1},"many":[{"a":1},{"a":2}],"blank":"","space":" ","nul":null,
             "money":"12.34","num":12.5,"int":"3600","words":["x","","y"],"nested":{"deep":{"v":"z"}}}""");

    @Test
    void singleObjectsBecomeOneElementLists() {
        assertThat(Lenient.list(node, "one")).hasSize(1);
        assertThat(Lenient.list(node, "many")).hasSize(2);
        assertThat(Lenient.list(node, "missing")).isEmpty();
        assertThat(Lenient.list(node, "blank")).isEmpty();
        assertThat(Lenient.list(node, "nul")).isEmpty();
    }

    @Test
    void blanksAreAbsentAndNumbersAreText() {
        assertThat(Lenient.text(node, "blank")).isNull();
        assertThat(Lenient.text(node, "space")).isNull();
        assertThat(Lenient.text(node, "nul")).isNull();
        assertThat(Lenient.text(node, "num")).isEqualTo("12.5");
        assertThat(Lenient.text(node, "one")).as("containers are not text").isNull();
        assertThat(Lenient.text(node, "nested", "deep", "v")).isEqualTo("z");
        assertThat(Lenient.text(node, "blank", "deeper")).isNull();
    }

    @Test
    void numbersFromStringsOrNumbers() {
        assertThat(Lenient.decimal(node, "money")).isEqualByComparingTo(new BigDecimal("12.34"));
        assertThat(Lenient.decimal(node, "num")).isEqualByComparingTo(new BigDecimal("12.5"));
        assertThat(Lenient.decimal(node, "blank")).isNull();
        assertThat(Lenient.integer(node, "int", -1)).isEqualTo(3600);
        assertThat(Lenient.integer(node, "space", -1)).isEqualTo(-1);
        assertThat(Lenient.texts(node, "words")).containsExactly("x", "y");
    }

    @Test
    void unparseableBodiesAreNullNodes() {
        assertThat(UpsJson.parse("<html>").isNull()).isTrue();
        assertThat(UpsJson.parse("").isNull()).isTrue();
    }
}
