package dev.x3ups.ups.sink.address;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.x3ups.ups.sink.planning.UnshippableOrderException;
import java.util.List;
import org.junit.jupiter.api.Test;

class AddressLineFlowTest {

    @Test
    void linesThatFitStayAsX3HasThem() throws Exception {
        assertThat(AddressLineFlow.fit("shipTo.lines", List.of(" 12 Main St ", "Suite 4")))
                .containsExactly("12 Main St", "Suite 4");
    }

    @Test
    void aLongLineIsWrappedAtASpaceKeepingTheOtherLines() throws Exception {
        List<String> fitted = AddressLineFlow.fit("shipTo.lines",
                List.of("1200 Fulton Industrial Boulevard Southwest", "Suite 4"));

        assertThat(fitted).containsExactly("1200 Fulton Industrial Boulevard", "Southwest", "Suite 4");
    }

    @Test
    void twoFiftyCharacterLinesReflowOverThreeUpsLines() throws Exception {
        String a = "Building 7, Northeast Industrial Park Logistics Hu";
        String b = "Attn Receiving Department, Loading Dock Number 12B";

        List<String> fitted = AddressLineFlow.fit("shipTo.lines", List.of(a, b));

        assertThat(fitted).hasSize(3).allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(35));
        assertThat(String.join(" ", fitted)).isEqualTo(a + ", " + b);
    }

    @Test
    void noCommaIsDoubledWhereALineAlreadyEndsWithOne() throws Exception {
        List<String> fitted = AddressLineFlow.fit("shipTo.lines", List.of(
                "Northeast Industrial Park Logistics Hub,", "Receiving Department Loading Dock 12B",
                "Gate 3"));

        assertThat(String.join(" ", fitted)).isEqualTo(
                "Northeast Industrial Park Logistics Hub, Receiving Department Loading Dock 12B, Gate 3");
    }

    @Test
    void whatCannotFitIsRefusedWithTheLineLengths() {
        assertThatThrownBy(() -> AddressLineFlow.fit("shipFrom.lines", List.of(
                "x".repeat(10) + " " + "y".repeat(30) + " zz", "a b c d e f g h i j k l m n o p q r s t u v w x",
                "Second Floor, Receiving Office Behind The Cafeteria")))
                .isInstanceOf(UnshippableOrderException.class)
                .hasMessage("shipFrom.lines (3 lines of 44, 47 and 51 characters) do not fit into 3 UPS address lines"
                        + " of 35 characters at word boundaries")
                .satisfies(e -> assertThat(((UnshippableOrderException) e).code())
                        .isEqualTo(UnshippableOrderException.ADDRESS_TOO_LONG));
    }

    @Test
    void aWordLongerThanALineIsRefusedByName() {
        assertThatThrownBy(() -> AddressLineFlow.fit("shipTo.lines", List.of("1 " + "W".repeat(36))))
                .isInstanceOf(UnshippableOrderException.class)
                .hasMessageContaining("36-character word");
    }

    @Test
    void noLineAtAllIsRefused() {
        assertThatThrownBy(() -> AddressLineFlow.fit("shipTo.lines", List.of(" ")))
                .isInstanceOf(UnshippableOrderException.class)
                .satisfies(e -> assertThat(((UnshippableOrderException) e).code())
                        .isEqualTo(UnshippableOrderException.NO_ADDRESS_LINE));
    }
}
