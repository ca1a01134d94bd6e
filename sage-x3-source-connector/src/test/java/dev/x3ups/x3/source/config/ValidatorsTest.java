package dev.x3ups.x3.source.config;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.apache.kafka.common.config.ConfigException;
import org.junit.jupiter.api.Test;

class ValidatorsTest {

    @Test
    void isoInstantAcceptsUtcInstantsOrNothing() {
        assertThatCode(() -> Validators.isoInstant().ensureValid("s", "2026-01-31T00:00:00Z")).doesNotThrowAnyException();
        assertThatCode(() -> Validators.isoInstant().ensureValid("s", "")).doesNotThrowAnyException();
        assertThatThrownBy(() -> Validators.isoInstant().ensureValid("s", "2026-01-31 00:00")).isInstanceOf(ConfigException.class)
                .hasMessageContaining("2026-01-31T00:00:00Z");
    }

    @Test
    void distinctSubsetRejectsEmptyUnknownAndRepeatedValues() {
        var entities = Validators.distinctSubsetOf(List.of("SALES", "PURCHASE"));
        assertThatCode(() -> entities.ensureValid("e", List.of("purchase", "SALES"))).doesNotThrowAnyException();
        assertThatThrownBy(() -> entities.ensureValid("e", List.of())).hasMessageContaining("needs at least one");
        assertThatThrownBy(() -> entities.ensureValid("e", List.of("RETURNS"))).hasMessageContaining("'RETURNS' is not one of");
        assertThatThrownBy(() -> entities.ensureValid("e", List.of("SALES", "sales"))).hasMessageContaining("listed twice");
    }
}
