package dev.x3ups.labels.printer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.x3ups.labels.printer.config.PrinterReachability;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.common.config.ConfigValue;
import org.junit.jupiter.api.Test;

class LabelPrinterSinkConnectorTest {
    private static final Map<String, String> PROPS = Map.of("sites", "ATL", "site.ATL.printer.type", "TCP",
            "site.ATL.printer.host", "no-such-printer.invalid");

    @Test
    void validateReportsAnUnresolvablePrinterHostOnItsKey() {
        List<ConfigValue> values = new LabelPrinterSinkConnector().validate(PROPS).configValues();

        assertThat(values.stream().filter(v -> v.name().equals("site.ATL.printer.host")).findFirst().orElseThrow()
                .errorMessages()).singleElement().asString().contains("does not resolve");
    }

    @Test
    void validateDoesNotReachOutWhileKeysAreWrong() {
        boolean[] checked = {false};
        LabelPrinterSinkConnector connector = new LabelPrinterSinkConnector(new PrinterReachability() {
            @Override
            public void check(dev.x3ups.labels.printer.config.LabelPrinterConfig config, List<ConfigValue> values) {
                checked[0] = true;
            }
        });

        connector.validate(Map.of("sites", "ATL", "site.ATL.printer.type", "TCP"));

        assertThat(checked[0]).isFalse();
    }

    @Test
    void everyTaskGetsTheConnectorsConfigAndABadConfigFailsTheConnector() {
        LabelPrinterSinkConnector connector = new LabelPrinterSinkConnector();
        connector.start(PROPS);

        assertThat(connector.taskConfigs(2)).containsExactly(PROPS, PROPS);
        assertThat(connector.taskClass()).isEqualTo(LabelPrinterSinkTask.class);
        assertThatThrownBy(() -> connector.start(Map.of("sites", "ATL", "site.ATL.printer.type", "DIRECTORY")))
                .isInstanceOf(ConfigException.class).hasMessageContaining("site.ATL.printer.directory");
    }
}
