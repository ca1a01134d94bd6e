package dev.x3ups.ups.client.connect;

import static org.assertj.core.api.Assertions.assertThat;

import dev.x3ups.ups.client.UpsClientConfig;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.config.AbstractConfig;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigValue;
import org.junit.jupiter.api.Test;

class UpsConnectionConfigTest {
    private static final ConfigDef DEF = UpsConnectionConfig.addTo(new ConfigDef());

    private static Map<String, String> minimal() {
        Map<String, String> props = new HashMap<>();
        props.put(UpsConnectionConfig.CLIENT_ID_CONFIG, "app-id");
        props.put(UpsConnectionConfig.CLIENT_SECRET_CONFIG, "app-secret");
        return props;
    }

    @Test
    void theTimeoutBoundsOneAttemptAndTheDeadlineTheRetries() {
        Map<String, String> props = minimal();
        props.put(UpsConnectionConfig.TIMEOUT_MS_CONFIG, "4000");
        props.put(UpsConnectionConfig.RETRY_DEADLINE_MS_CONFIG, "60000");
        props.put(UpsConnectionConfig.RATE_LIMIT_CONFIG, "2.5");
        AbstractConfig config = new AbstractConfig(DEF, props);

        UpsClientConfig client = UpsConnectionConfig.toClientConfig(config).build();

        assertThat(client.baseUrl()).isEqualTo("https://wwwcie.ups.com");
        assertThat(client.readTimeout()).isEqualTo(Duration.ofSeconds(4));
        assertThat(client.callTimeout()).isEqualTo(Duration.ofSeconds(14));
        assertThat(client.retryDeadline()).isEqualTo(Duration.ofMinutes(1));
        assertThat(client.requestsPerSecond()).isEqualTo(2.5);
        assertThat(client.burst()).isEqualTo(3);
        assertThat(client.merchantId()).isNull();
        assertThat(UpsConnectionConfig.longestCall(config)).isEqualTo(Duration.ofSeconds(74));
        assertThat(client.toString()).doesNotContain("app-secret");
    }

    @Test
    void theBaseUrlMustBeAnHttpUrl() {
        Map<String, String> props = minimal();
        props.put(UpsConnectionConfig.BASE_URL_CONFIG, "wwwcie.ups.com");

        assertThat(errors(props, UpsConnectionConfig.BASE_URL_CONFIG)).singleElement().asString()
                .contains("http:// or https:// URL");
        props.put(UpsConnectionConfig.BASE_URL_CONFIG, "http://127.0.0.1:8090");
        assertThat(errors(props, UpsConnectionConfig.BASE_URL_CONFIG)).isEmpty();
    }

    @Test
    void theSecretIsAPasswordAndEveryKeyIsInOneGroup() {
        assertThat(DEF.configKeys().get(UpsConnectionConfig.CLIENT_SECRET_CONFIG).type)
                .isEqualTo(ConfigDef.Type.PASSWORD);
        assertThat(DEF.configKeys().values()).allSatisfy(key -> assertThat(key.group).isEqualTo(UpsConnectionConfig.GROUP));
        assertThat(UpsConnectionConfig.credentialSettings().clientSecret())
                .isEqualTo(UpsConnectionConfig.CLIENT_SECRET_CONFIG);
    }

    private static List<String> errors(Map<String, String> props, String name) {
        return DEF.validate(props).stream().filter(v -> v.name().equals(name)).findFirst()
                .map(ConfigValue::errorMessages).orElseThrow();
    }
}
