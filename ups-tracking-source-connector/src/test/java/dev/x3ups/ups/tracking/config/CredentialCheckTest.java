package dev.x3ups.ups.tracking.config;

import static org.assertj.core.api.Assertions.assertThat;

import dev.x3ups.ups.client.auth.TokenManagerRegistry;
import dev.x3ups.ups.simulator.UpsSimulator;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.config.ConfigValue;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class CredentialCheckTest {
    private static UpsSimulator ups;
    private final CredentialCheck check = new CredentialCheck(TokenManagerRegistry::shared, Duration.ofSeconds(10));

    @BeforeAll
    static void start() {
        ups = UpsSimulator.builder().port(0).client("tracking-client", "tracking-secret").start();
    }

    @AfterAll
    static void stop() {
        ups.close();
    }

    private List<ConfigValue> run(String baseUrl, String id, String secret) {
        Map<String, String> props = TrackingSourceConfigTest.minimal();
        props.put("ups.base.url", baseUrl);
        props.put("ups.client.id", id);
        props.put("ups.client.secret", secret);
        List<ConfigValue> values = TrackingSourceConfig.DEF.validate(props);
        check.check(new TrackingSourceConfig(props), values);
        return values;
    }

    private static List<String> errors(List<ConfigValue> values, String name) {
        return values.stream().filter(v -> v.name().equals(name)).findFirst().orElseThrow().errorMessages();
    }

    @Test
    void goodCredentialsPass() {
        assertThat(run(ups.baseUrl(), "tracking-client", "tracking-secret"))
                .allSatisfy(v -> assertThat(v.errorMessages()).isEmpty());
    }

    @Test
    void refusedCredentialsBlameIdAndSecretWithoutShowingTheSecret() {
        List<ConfigValue> values = run(ups.baseUrl(), "tracking-client", "wrong-secret-value");
        assertThat(errors(values, "ups.client.id")).singleElement().asString().contains("refused");
        assertThat(errors(values, "ups.client.secret")).singleElement().asString()
                .doesNotContain("wrong-secret-value");
    }

    @Test
    void anUnreachableUpsBlamesTheBaseUrl() {
        List<ConfigValue> values = run("http://127.0.0.1:1", "other-client", "x");
        assertThat(errors(values, "ups.base.url")).singleElement().asString().contains("no UPS token");
    }
}
