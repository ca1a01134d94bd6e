package dev.x3ups.connect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigException;
import org.junit.jupiter.api.Test;

class DescribedValidatorTest {

    private final ConfigDef.Validator even = DescribedValidator.of("an even number", (name, value) -> {
        if (((Integer) value) % 2 != 0) {
            throw new ConfigException(name, value, "must be even");
        }
    });

    @Test
    void runsTheCheckAndStatesWhatItAccepts() {
        even.ensureValid("batch", 4);
        assertThatThrownBy(() -> even.ensureValid("batch", 3)).isInstanceOf(ConfigException.class)
                .hasMessageContaining("batch").hasMessageContaining("must be even");
        assertThat(even).hasToString("an even number");
    }

    @Test
    void theConfigurationReferenceShowsTheDescription() {
        ConfigDef def = new ConfigDef().define("batch", ConfigDef.Type.INT, 2, even, ConfigDef.Importance.LOW, "doc");
        assertThat(def.toRst()).contains("an even number");
    }
}
