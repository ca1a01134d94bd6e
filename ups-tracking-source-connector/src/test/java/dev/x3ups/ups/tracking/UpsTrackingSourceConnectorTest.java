package dev.x3ups.ups.tracking;

import static org.assertj.core.api.Assertions.assertThat;

import dev.x3ups.ups.simulator.UpsSimulator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.config.Config;
import org.apache.kafka.common.config.ConfigValue;
import org.junit.jupiter.api.Test;

class UpsTrackingSourceConnectorTest {

    private static Map<String, String> props(String baseUrl, String secret) {
        Map<String, String> props = new HashMap<>();
        props.put("ups.base.url", baseUrl);
        props.put("ups.client.id", "sim-client-id");
        props.put("ups.client.secret", secret);
        props.put("ledger.bootstrap.servers", "127.0.0.1:9092");
        props.put("listener.bind.address", "127.0.0.1");
        props.put("listener.port", "0");
        props.put("webhook.client.id", "ups-caller");
        props.put("webhook.client.secret", "hook-secret");
        return props;
    }

    @Test
    void alwaysRunsExactlyOneTask() {
        UpsTrackingSourceConnector connector = new UpsTrackingSourceConnector();
        connector.start(props("http://127.0.0.1:1", "x"));
        assertThat(connector.taskConfigs(5)).hasSize(1);
        assertThat(connector.taskClass()).isEqualTo(UpsTrackingSourceTask.class);
        assertThat(connector.version()).isNotBlank();
    }

    @Test
    void validateAsksUpsWhetherTheCredentialsWork() {
        try (UpsSimulator ups = UpsSimulator.builder().port(0).start()) {
            UpsTrackingSourceConnector connector = new UpsTrackingSourceConnector();
            Config good = connector.validate(props(ups.baseUrl(), "sim-client-secret"));
            assertThat(good.configValues()).allSatisfy(v -> assertThat(v.errorMessages()).isEmpty());

            Config bad = connector.validate(props(ups.baseUrl(), "not-the-secret"));
            List<String> errors = bad.configValues().stream().filter(v -> v.name().equals("ups.client.secret"))
                    .findFirst().map(ConfigValue::errorMessages).orElseThrow();
            assertThat(errors).isNotEmpty().allSatisfy(e -> assertThat(e).doesNotContain("not-the-secret"));
        }
    }

    @Test
    void fieldErrorsAreReportedWithoutCallingUps() {
        Map<String, String> props = props("http://127.0.0.1:1", "x");
        props.put("ack.mode", "whenever");
        Config result = new UpsTrackingSourceConnector().validate(props);
        assertThat(result.configValues().stream().filter(v -> v.name().equals("ack.mode")).findFirst().orElseThrow()
                .errorMessages()).isNotEmpty();
        assertThat(result.configValues().stream().filter(v -> v.name().equals("ups.base.url")).findFirst()
                .orElseThrow().errorMessages()).isEmpty();
    }
}
