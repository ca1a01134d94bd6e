package dev.x3ups.ups.sink;

import static org.assertj.core.api.Assertions.assertThat;

import dev.x3ups.ups.client.connect.UpsCredentialCheck;
import dev.x3ups.ups.simulator.UpsSimulator;
import dev.x3ups.ups.sink.config.UpsSinkConfig;
import dev.x3ups.ups.sink.support.SinkOrders;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.config.Config;
import org.apache.kafka.common.config.ConfigValue;
import org.junit.jupiter.api.Test;

class UpsSinkConnectorTest {

    private static List<String> errors(Config config, String name) {
        return config.configValues().stream().filter(v -> v.name().equals(name)).findFirst()
                .map(ConfigValue::errorMessages).orElseThrow();
    }

    @Test
    void eachTaskLearnsItsShareOfTheLedger() {
        UpsSinkConnector connector = new UpsSinkConnector();
        connector.start(SinkOrders.config());

        List<Map<String, String>> tasks = connector.taskConfigs(3);

        assertThat(tasks).hasSize(3);
        assertThat(tasks).extracting(t -> t.get(UpsSinkConfig.TASK_INDEX_CONFIG)).containsExactly("0", "1", "2");
        assertThat(tasks).allSatisfy(t -> assertThat(t).containsEntry(UpsSinkConfig.TASK_COUNT_CONFIG, "3")
                .containsEntry("sites", "ATL"));
        assertThat(connector.taskClass()).isEqualTo(UpsSinkTask.class);
    }

    @Test
    void validateFetchesATokenAndBlamesTheCredentialFields() {
        try (UpsSimulator ups = UpsSimulator.builder().port(0).start()) {
            Map<String, String> props = SinkOrders.config();
            props.put(UpsSinkConfig.UPS_BASE_URL_CONFIG, ups.baseUrl());
            props.put(UpsSinkConfig.UPS_CLIENT_SECRET_CONFIG, "not-the-secret");
            UpsSinkConnector connector = new UpsSinkConnector(UpsCredentialCheck.shared());

            Config result = connector.validate(props);

            assertThat(errors(result, UpsSinkConfig.UPS_CLIENT_ID_CONFIG)).isNotEmpty();
            assertThat(errors(result, UpsSinkConfig.UPS_CLIENT_SECRET_CONFIG)).isNotEmpty()
                    .allSatisfy(m -> assertThat(m).doesNotContain("not-the-secret"));

            props.put(UpsSinkConfig.UPS_CLIENT_SECRET_CONFIG, "sim-client-secret");
            assertThat(connector.validate(props).configValues())
                    .allSatisfy(v -> assertThat(v.errorMessages()).as(v.name()).isEmpty());
            assertThat(ups.counters().count(dev.x3ups.ups.simulator.ApiEndpoint.TOKEN)).isEqualTo(2);
        }
    }

    @Test
    void validateReportsSiteProblemsWithoutCallingUps() {
        Map<String, String> props = SinkOrders.config();
        props.put("site.ATL.postal.code", "3033");

        Config result = new UpsSinkConnector(UpsCredentialCheck.shared()).validate(props);

        assertThat(errors(result, "site.ATL.postal.code")).isNotEmpty();
        assertThat(errors(result, UpsSinkConfig.UPS_BASE_URL_CONFIG)).isEmpty();
    }

    @Test
    void validateReportsARetentionShorterThanTheAuditPeriodOnTheRetention() {
        Map<String, String> props = SinkOrders.config();
        props.put(UpsSinkConfig.LEDGER_RETENTION_MS_CONFIG, "60000");
        props.put(UpsSinkConfig.AUDIT_PERIOD_MS_CONFIG, "60000");

        Config result = new UpsSinkConnector(UpsCredentialCheck.shared()).validate(props);

        assertThat(errors(result, UpsSinkConfig.LEDGER_RETENTION_MS_CONFIG)).singleElement().asString()
                .contains("must exceed audit.period.ms (60000 ms)");
    }

    @Test
    void isRegisteredAsASinkConnector() throws Exception {
        try (InputStream in = getClass().getResourceAsStream(
                "/META-INF/services/org.apache.kafka.connect.sink.SinkConnector")) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8).trim())
                    .isEqualTo(UpsSinkConnector.class.getName());
        }
        assertThat(new UpsSinkConnector().version()).isNotBlank();
    }
}
