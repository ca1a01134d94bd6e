package dev.x3ups.ups.sink.address;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.x3ups.ups.sink.planning.UnshippableOrderException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AsciiTextTest {

    @ParameterizedTest(name = "{0} in {1} → {2}")
    @CsvSource(delimiter = '|', value = {
            "Müller & Söhne GmbH|DE|Mueller & Soehne GmbH",
            "Müller & Söhne GmbH|US|Muller & Sohne GmbH",
            "Société Générale de Café|FR|Societe Generale de Cafe",
            "Straße|AT|Strasse",
            "Øresund Æble|DK|Oresund AEble",
            "Łódź|PL|Lodz",
            "Zürich|CH|Zuerich",
            "“Quoted” – dash|US|\"Quoted\" - dash",
            "ﬁne  spaced\u00A0text|US|fine spaced text"})
    void spellsTextInAscii(String given, String country, String expected) throws Exception {
        assertThat(AsciiText.of("shipTo.name", given, country)).isEqualTo(expected);
    }

    @Test
    void blankIsNull() throws Exception {
        assertThat(AsciiText.of("shipTo.attention", "   ", "US")).isNull();
        assertThat(AsciiText.of("shipTo.attention", null, "US")).isNull();
    }

    @Test
    void refusesScriptsWithoutAnAsciiFormNamingTheField() {
        assertThatThrownBy(() -> AsciiText.of("shipTo.city", "東京", "JP"))
                .isInstanceOf(UnshippableOrderException.class)
                .hasMessageContaining("shipTo.city '東京'")
                .satisfies(e -> assertThat(((UnshippableOrderException) e).code())
                        .isEqualTo(UnshippableOrderException.NOT_ASCII));
    }
}
