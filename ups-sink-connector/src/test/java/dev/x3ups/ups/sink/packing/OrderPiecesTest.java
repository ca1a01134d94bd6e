package dev.x3ups.ups.sink.packing;

import static dev.x3ups.ups.sink.planning.TestOrders.cm;
import static dev.x3ups.ups.sink.planning.TestOrders.customerUs;
import static dev.x3ups.ups.sink.planning.TestOrders.dimensioned;
import static dev.x3ups.ups.sink.planning.TestOrders.line;
import static dev.x3ups.ups.sink.planning.TestOrders.lineWeighing;
import static dev.x3ups.ups.sink.planning.TestOrders.sales;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.x3ups.ups.sink.planning.UnshippableOrderException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OrderPiecesTest {
    private final OrderPieces pieces = new OrderPieces(new DefaultDimensions(Map.of(), Map.of()));

    @Test
    void wholeUnitsBecomeIndivisiblePiecesWithTheirSize() throws Exception {
        List<Piece> result = pieces.of(sales("MIS", customerUs(), "UGND",
                dimensioned(1000, "IT0012", "3", "UN", "2", "LB", cm("10", "30", "20"))), UnitSystem.METRIC);

        assertThat(result).hasSize(3).allSatisfy(p -> {
            assertThat(p.divisible()).isFalse();
            assertThat(p.weight()).isEqualByComparingTo("0.90718474");
            assertThat(p.size()).containsExactly(new BigDecimal("30"), new BigDecimal("20"), new BigDecimal("10"));
            assertThat(p.line()).isEqualTo(1000);
            assertThat(p.item()).isEqualTo("IT0012");
        });
    }

    @Test
    void lineWeightWinsOverUnitWeightAndIsSharedByTheUnits() throws Exception {
        List<Piece> result = pieces.of(sales("ATL", customerUs(), "UGND",
                lineWeighing(1000, "IT0001", "4", "2", "KG")), UnitSystem.METRIC);

        assertThat(result).hasSize(4).allSatisfy(p -> assertThat(p.weight()).isEqualByComparingTo("0.5"));
    }

    @Test
    void fractionalQuantitiesAndVeryManyUnitsAreBulk() throws Exception {
        List<Piece> result = pieces.of(sales("ATL", customerUs(), "UGND", line(1000, "IT0011", "2.5", "4", "KG"),
                line(2000, "IT0013", "5000", "10", "G")), UnitSystem.METRIC);

        assertThat(result).hasSize(2).allSatisfy(p -> {
            assertThat(p.divisible()).isTrue();
            assertThat(p.size()).isNull();
        });
        assertThat(result.get(0).weight()).isEqualByComparingTo("10");
        assertThat(result.get(1).weight()).isEqualByComparingTo("50");
    }

    @Test
    void linesWithoutQuantityShipNothing() throws Exception {
        assertThat(pieces.of(sales("ATL", customerUs(), "UGND", line(1000, "IT0001", "0", "1", "KG"),
                line(2000, "IT0002", "1", "1", "KG")), UnitSystem.METRIC)).hasSize(1);
        assertThatThrownBy(() -> pieces.of(sales("ATL", customerUs(), "UGND", line(1000, "IT0001", "0", "1", "KG")),
                UnitSystem.METRIC))
                .isInstanceOf(UnshippableOrderException.class)
                .hasMessage("order SEED:SALES:SO000101 has no line with a positive quantity to ship");
    }

    @Test
    void aLineWithoutWeightOrWithAnUnknownUnitIsRefused() {
        assertThatThrownBy(() -> pieces.of(sales("ATL", customerUs(), "UGND", line(3000, "IT0009", "2", "0", "")),
                UnitSystem.IMPERIAL))
                .isInstanceOf(UnshippableOrderException.class)
                .hasMessage("line 3000 item IT0009 has no weight (neither a line weight nor a unit weight)");
        assertThatThrownBy(() -> pieces.of(sales("ATL", customerUs(), "UGND", line(3000, "IT0009", "2", "1", "ST")),
                UnitSystem.IMPERIAL))
                .isInstanceOf(UnshippableOrderException.class)
                .hasMessage("line 3000 item IT0009 has weight unit 'ST'; known units are KG, LB, G and OZ");
    }
}
