package dev.x3ups.labels.printer.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.x3ups.records.DocumentFormat;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.common.config.ConfigValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LabelPrinterConfigTest {

    @TempDir
    Path directory;

    Map<String, String> props() {
        Map<String, String> props = new HashMap<>();
        props.put("sites", "ATL,MIS");
        props.put("site.ATL.printer.type", "tcp");
        props.put("site.ATL.printer.host", "127.0.0.1");
        props.put("site.MIS.printer.type", "DIRECTORY");
        props.put("site.MIS.printer.directory", directory.toString());
        return props;
    }

    @Test
    void readsEachSitesPrinterWithThermalDefaults() {
        LabelPrinterConfig config = LabelPrinterConfig.from(props());

        PrinterSite atl = config.sites().get("ATL");
        assertThat(atl.type()).isEqualTo(PrinterType.TCP);
        assertThat(atl.port()).isEqualTo(9100);
        assertThat(atl.formats()).containsExactlyInAnyOrder(DocumentFormat.ZPL, DocumentFormat.EPL, DocumentFormat.SPL);
        PrinterSite mis = config.sites().get("MIS");
        assertThat(mis.directory()).isEqualTo(directory);
        assertThat(mis.formats()).containsExactlyInAnyOrder(DocumentFormat.values());
        assertThat(config.retryBackoff()).isEqualTo(Duration.ofSeconds(1));
        assertThat(config.backlogMax()).isEqualTo(10_000);
    }

    @Test
    void formatsCanBeNarrowed() {
        Map<String, String> props = props();
        props.put("site.MIS.printer.formats", "pdf, png");

        assertThat(LabelPrinterConfig.from(props).sites().get("MIS").formats())
                .containsExactlyInAnyOrder(DocumentFormat.PDF, DocumentFormat.PNG);
    }

    @Test
    void aTcpPrinterWithoutHostIsAProblemOnItsHostKey() {
        Map<String, String> props = props();
        props.remove("site.ATL.printer.host");

        assertThat(errors(LabelPrinterConfig.validate(props), "site.ATL.printer.host")).singleElement()
                .asString().contains("needs site.ATL.printer.host");
        assertThatThrownBy(() -> LabelPrinterConfig.from(props)).isInstanceOf(ConfigException.class)
                .hasMessageContaining("site.ATL.printer.host");
    }

    @Test
    void badSiteValuesAreProblemsOnTheirKeys() {
        Map<String, String> props = props();
        props.put("site.ATL.printer.formats", "ZPL,BMP");
        props.put("site.MIS.printer.type", "EMAIL");

        List<ConfigValue> values = LabelPrinterConfig.validate(props);

        assertThat(errors(values, "site.ATL.printer.formats")).singleElement().asString().contains("BMP");
        assertThat(errors(values, "site.MIS.printer.type")).isNotEmpty();
    }

    @Test
    void siteCodesMustBeDistinctCodes() {
        Map<String, String> props = props();
        props.put("sites", "ATL,ATL");

        assertThat(errors(LabelPrinterConfig.validate(props), "sites")).singleElement().asString()
                .contains("listed twice");
    }

    @Test
    void reachabilityReportsAnUnresolvableHostAndAMissingDirectoryOnTheirKeys() {
        Map<String, String> props = props();
        props.put("site.ATL.printer.host", "no-such-printer.invalid");
        props.put("site.MIS.printer.directory", directory.resolve("missing").toString());
        List<ConfigValue> values = LabelPrinterConfig.validate(props);

        new PrinterReachability().check(LabelPrinterConfig.from(props), values);

        assertThat(errors(values, "site.ATL.printer.host")).singleElement().asString().contains("does not resolve");
        assertThat(errors(values, "site.MIS.printer.directory")).singleElement().asString()
                .contains("is not a directory");
    }

    @Test
    void aReachableSetupHasNoProblems() {
        List<ConfigValue> values = LabelPrinterConfig.validate(props());

        new PrinterReachability().check(LabelPrinterConfig.from(props()), values);

        assertThat(values).allMatch(v -> v.errorMessages().isEmpty());
    }

    private static List<String> errors(List<ConfigValue> values, String key) {
        return values.stream().filter(v -> v.name().equals(key)).findFirst().orElseThrow().errorMessages();
    }
}
