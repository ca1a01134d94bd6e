package dev.x3ups.ups.sink.packing;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MassUnitTest {

    @ParameterizedTest(name = "{0} {1} = {3} {2}")
    @CsvSource({"1,LB,KG,0.45359237", "16,OZ,LB,1", "1000,G,KG,1", "1,KG,G,1000", "8,OZ,KG,0.226796185",
            "2.5,KG,KG,2.5", "1,OZ,G,28.349523125"})
    void convertsExactly(String value, MassUnit from, MassUnit to, String expected) {
        assertThat(from.convert(new BigDecimal(value), to)).isEqualByComparingTo(expected);
    }

    @Test
    void nonTerminatingConversionsKeep34Digits() {
        BigDecimal pounds = MassUnit.KG.convert(BigDecimal.ONE, MassUnit.LB);

        assertThat(pounds.precision()).isEqualTo(34);
        assertThat(pounds.toPlainString()).startsWith("2.204622621848775");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(value = {"KG,KG", "kgs,KG", "LB,LB", "LBS,LB", "G,G", "GR,G", "OZ,OZ", " oz ,OZ", "ST,", "'',"})
    void readsX3UnitCodes(String code, MassUnit expected) {
        assertThat(MassUnit.ofX3(code)).isEqualTo(expected);
    }
}
