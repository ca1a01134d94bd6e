package dev.x3ups.ups.sink.config;

import static org.assertj.core.api.Assertions.assertThat;

import dev.x3ups.ups.client.auth.TokenManagerRegistry;
import dev.x3ups.ups.simulator.UpsSimulator;
import dev.x3ups.ups.sink.support.SinkOrders;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.config.ConfigValue;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class CredentialCheckTest {
    private static UpsSimulator ups;
    private final CredentialCheck check = new CredentialCheck(
            TokenManagerRegistry::unshared, Duration.ofSeconds(10));

    @BeforeAll
    static void startUps() {
        ups = UpsSimulator.builder().port(0).start();
    }

    @AfterAll
    static void stopUps() {
        ups.close();
    }

    private static List<ConfigValue> values() {
        return UpsSinkConfig.ownDefinitions().validate(SinkOrders.config());
    }

    private static UpsSinkConfig config(String baseUrl, String secret) {
        Map<String, String> props = SinkOrders.config();
        props.put(UpsSinkConfig.UPS_BASE_URL_CONFIG, baseUrl);
        props.put(UpsSinkConfig.UPS_CLIENT_SECRET_CONFIG, secret);
        return new UpsSinkConfig(props);
    }

    private static List<String> errors(List<ConfigValue> values, String name) {
        return values.stream().filter(v -> v.name().equals(name)).findFirst().orElseThrow().errorMessages();
    }

    @Test
    void goodCredentialsGetAToken() {
        List<ConfigValue> values = values();
        assertThat(check.check(config(ups.baseUrl(), "sim-client-secret"), values)).isTrue();
        assertThat(values).allSatisfy(v -> assertThat(v.errorMessages()).isEmpty());
    }

    @Test
    void refusedCredentialsAreReportedOnIdAndSecretWithoutTheSecret() {
        List<ConfigValue> values = values();
        assertThat(check.check(config(ups.baseUrl(), "wrong-secret-value"), values)).isFalse();

        assertThat(errors(values, UpsSinkConfig.UPS_CLIENT_ID_CONFIG)).singleElement().asString().contains("refused");
        assertThat(errors(values, UpsSinkConfig.UPS_CLIENT_SECRET_CONFIG)).singleElement().asString()
                .doesNotContain("wrong-secret-value");
        assertThat(errors(values, UpsSinkConfig.UPS_BASE_URL_CONFIG)).isEmpty();
    }

    @Test
    void anUnreachableUpsIsReportedOnTheBaseUrl() {
        List<ConfigValue> values = values();
        assertThat(check.check(config("http://127.0.0.1:9", "sim-client-secret"), values)).isFalse();
        assertThat(errors(values, UpsSinkConfig.UPS_BASE_URL_CONFIG)).singleElement().asString()
                .contains("no UPS token");
        assertThat(CredentialCheck.clean(values, UpsSinkConfig.UPS_CLIENT_ID_CONFIG)).isTrue();
        assertThat(CredentialCheck.clean(values, UpsSinkConfig.UPS_BASE_URL_CONFIG)).isFalse();
    }
}
