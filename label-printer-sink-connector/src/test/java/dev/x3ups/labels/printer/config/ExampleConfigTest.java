package dev.x3ups.labels.printer.config;

import static org.assertj.core.api.Assertions.assertThat;

import dev.x3ups.testing.ExampleConnectorConfig;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The example in config/ is a valid configuration of this connector. */
class ExampleConfigTest {

    @Test
    void theExampleConfigIsValid() {
        Map<String, String> props = ExampleConnectorConfig.load("label-printer-sink-connector.json").props();

        assertThat(LabelPrinterConfig.validate(props)).allMatch(v -> v.errorMessages().isEmpty(), "no problems");
        assertThat(LabelPrinterConfig.from(props).sites()).containsOnlyKeys("ATL", "RNO", "MIS");
    }
}
