package dev.x3ups.ups.sink.address;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.x3ups.ups.sink.planning.UnshippableOrderException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PostalCodesTest {

    @ParameterizedTest(name = "{0} ''{1}'' → {2}")
    @CsvSource({"US,30336,30336", "US,30336-1234,303361234", "US,303361234,303361234", "PR,00901,00901",
            "CA,L5W 1W2,L5W 1W2", "CA,l5w1w2,L5W 1W2", "GB,sw1a1aa,SW1A 1AA", "GB,M1 1AE,M1 1AE",
            "GB,EC1A 1BB,EC1A 1BB", "DE,80331,80331", "FR,75008,75008", "NL,1012 ab,1012 AB"})
    void normalises(String country, String given, String expected) throws Exception {
        assertThat(PostalCodes.normalise("shipTo.postalCode", country, given)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} ''{1}''")
    @CsvSource({"US,3033", "US,30336-12", "CA,L5W 1W", "CA,D5W 1W2", "GB,12345", "DE,8033", "DE,803310"})
    void refusesCodesOfTheWrongForm(String country, String given) {
        assertThatThrownBy(() -> PostalCodes.normalise("shipTo.postalCode", country, given))
                .isInstanceOf(UnshippableOrderException.class)
                .hasMessageStartingWith("shipTo.postalCode '" + given + "' is not a")
                .satisfies(e -> assertThat(((UnshippableOrderException) e).code())
                        .isEqualTo(UnshippableOrderException.BAD_POSTAL_CODE));
    }

    @Test
    void countriesThatNeedACodeRefuseNone() {
        assertThatThrownBy(() -> PostalCodes.normalise("shipTo.postalCode", "CA", ""))
                .isInstanceOf(UnshippableOrderException.class)
                .hasMessage("shipTo.postalCode is missing; UPS requires a Canadian postal code (A1A 1A1) for CA addresses");
    }

    @Test
    void countriesWithoutCodesAndOverlongCodes() throws Exception {
        assertThat(PostalCodes.normalise("shipTo.postalCode", "HK", null)).isNull();
        assertThatThrownBy(() -> PostalCodes.normalise("shipTo.postalCode", "BR", "01310-100 XX"))
                .isInstanceOf(UnshippableOrderException.class)
                .hasMessageContaining("UPS allows 9");
    }
}
