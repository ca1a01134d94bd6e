package dev.x3ups.ups.sink.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.apache.kafka.common.config.ConfigException;
import org.junit.jupiter.api.Test;

class PlanningValidatorsTest {

    @Test
    void siteCodes() {
        assertThatCode(() -> PlanningValidators.siteCodes().ensureValid("sites", List.of("ATL", "RNO"))).doesNotThrowAnyException();
        assertThatThrownBy(() -> PlanningValidators.siteCodes().ensureValid("sites", List.of("AT L")))
                .isInstanceOf(ConfigException.class).hasMessageContaining("site code 'AT L' must be 1 to 10 letters, digits, _ or -");
    }

    @Test
    void serviceMapEntries() {
        assertThatCode(() -> PlanningValidators.serviceMapEntries().ensureValid("service.map", List.of("UGND:03", "U2DA: 02")))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> PlanningValidators.serviceMapEntries().ensureValid("service.map", List.of(":03")))
                .hasMessageContaining("entry ':03' is not MODE:CODE");
        assertThatThrownBy(() -> PlanningValidators.serviceMapEntries().ensureValid("service.map", List.of("UGND:003")))
                .hasMessageContaining("entry 'UGND:003'");
    }

    @Test
    void positiveDecimal() {
        assertThatCode(() -> PlanningValidators.positiveDecimal().ensureValid("w", "31.5")).doesNotThrowAnyException();
        assertThatThrownBy(() -> PlanningValidators.positiveDecimal().ensureValid("w", "-1"))
                .hasMessageContaining("at least 0.1");
        assertThatThrownBy(() -> PlanningValidators.positiveDecimal().ensureValid("w", null))
                .hasMessageContaining("at least 0.1");
    }

    @Test
    void lengthsAndFormats() {
        assertThatCode(() -> PlanningValidators.maxLength(5, false).ensureValid("k", null)).doesNotThrowAnyException();
        assertThatThrownBy(() -> PlanningValidators.maxLength(5, true).ensureValid("k", " "))
                .hasMessageContaining("must not be empty");
        assertThatThrownBy(() -> PlanningValidators.maxLength(5, false).ensureValid("k", "abcdef"))
                .hasMessageContaining("has 6 characters; UPS allows 5");
        assertThatCode(() -> PlanningValidators.optionalMatching(PlanningValidators.ACCOUNT_FORMAT, "x")
                .ensureValid("k", null)).doesNotThrowAnyException();
        assertThatThrownBy(() -> PlanningValidators.optionalMatching(PlanningValidators.ACCOUNT_FORMAT, "6 letters")
                .ensureValid("k", "A1B2C")).hasMessageContaining("must be 6 letters");
    }

    @Test
    void eachValidatorSaysWhatItAcceptsForTheConfigurationReference() {
        assertThat(PlanningValidators.siteCodes()).hasToString(
                "non-empty list of distinct site codes, each 1-10 letters, digits, _ or -");
        assertThat(PlanningValidators.serviceMapEntries()).hasToString(
                "list of MODE:CODE (X3 delivery mode : 2-character UPS service code), each mode once");
        assertThat(PlanningValidators.serviceCodes()).hasToString("list of 2-character UPS service codes");
        assertThat(PlanningValidators.dimensions(false)).hasToString(
                "list of ITEM:LxWxH UNIT (UNIT CM or IN, each key once), e.g. IT0001:30x20x10 CM");
        assertThat(PlanningValidators.dimensions(true)).hasToString(
                "list of PACKAGING:LxWxH UNIT (UNIT CM or IN, each key once), e.g. BOX:30x20x10 CM");
        assertThat(PlanningValidators.positiveDecimal()).hasToString("decimal number of at least 0.1");
        assertThat(PlanningValidators.optionalMatching(PlanningValidators.ACCOUNT_FORMAT, "6 letters or digits"))
                .hasToString("6 letters or digits");
        assertThat(PlanningValidators.maxLength(35, true)).hasToString("1 to 35 characters");
        assertThat(PlanningValidators.maxLength(50, false)).hasToString("at most 50 characters");
    }

    @Test
    void dimensionsAreCheckedThroughTheParser() {
        assertThatCode(() -> PlanningValidators.dimensions(true).ensureValid("d", List.of("BOX:30x20x10 CM")))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> PlanningValidators.dimensions(false).ensureValid("d", List.of("IT1:30x20 CM")))
                .isInstanceOf(ConfigException.class).hasMessageContaining("expected KEY:LxWxH UNIT");
    }
}
