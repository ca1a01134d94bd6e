package dev.x3ups.ups.sink.planning;

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
                .isInstanceOf(ConfigException.class).hasMessageContaining("site code 'AT L' must be 1 to 10 letters or digits");
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
}
