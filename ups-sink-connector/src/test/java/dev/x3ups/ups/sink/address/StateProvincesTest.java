package dev.x3ups.ups.sink.address;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.x3ups.ups.sink.planning.UnshippableOrderException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StateProvincesTest {

    @ParameterizedTest(name = "{0} {1} → {2}")
    @CsvSource({"US,GA,GA", "US,ga,GA", "US,Georgia,GA", "US,US-NV,NV", "US,new york,NY",
            "US,District of Columbia,DC", "CA,Ontario,ON", "CA,Quebec,QC", "CA,CA-BC,BC", "CA,PQ,QC",
            "MX,JAL,JAL"})
    void normalisesToTheCode(String country, String given, String expected) throws Exception {
        assertThat(StateProvinces.normalise("shipTo.stateProvince", country, given)).isEqualTo(expected);
    }

    @Test
    void countriesWithoutStatesNeedNone() throws Exception {
        assertThat(StateProvinces.normalise("shipTo.stateProvince", "DE", "")).isNull();
        assertThat(StateProvinces.normalise("shipTo.stateProvince", "GB", null)).isNull();
    }

    @Test
    void missingUsStateIsRefused() {
        assertThatThrownBy(() -> StateProvinces.normalise("shipTo.stateProvince", "US", " "))
                .isInstanceOf(UnshippableOrderException.class)
                .hasMessage("shipTo.stateProvince is missing; UPS requires the state for US addresses");
    }

    @Test
    void unknownProvinceIsRefused() {
        assertThatThrownBy(() -> StateProvinces.normalise("shipTo.stateProvince", "CA", "Texas"))
                .isInstanceOf(UnshippableOrderException.class)
                .hasMessage("shipTo.stateProvince 'Texas' is not a Canadian province code or name")
                .satisfies(e -> assertThat(((UnshippableOrderException) e).code())
                        .isEqualTo(UnshippableOrderException.BAD_STATE));
    }

    @Test
    void aLongRegionElsewhereIsRefusedNotCut() {
        assertThatThrownBy(() -> StateProvinces.normalise("shipTo.stateProvince", "DE", "Bayern"))
                .isInstanceOf(UnshippableOrderException.class)
                .hasMessageContaining("6 characters; UPS allows 5");
    }
}
