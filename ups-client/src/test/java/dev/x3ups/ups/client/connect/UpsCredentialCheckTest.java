package dev.x3ups.ups.client.connect;

import static org.assertj.core.api.Assertions.assertThat;

import dev.x3ups.ups.client.TestConfigs;
import dev.x3ups.ups.client.UpsClientConfig;
import dev.x3ups.ups.client.auth.TokenManagerRegistry;
import dev.x3ups.ups.simulator.UpsSimulator;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.common.config.ConfigValue;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class UpsCredentialCheckTest {
    private static final UpsCredentialCheck.Settings SETTINGS =
            new UpsCredentialCheck.Settings("ups.base.url", "ups.client.id", "ups.client.secret");
    private static UpsSimulator ups;
    private final UpsCredentialCheck check = new UpsCredentialCheck(TokenManagerRegistry::unshared,
            Duration.ofSeconds(10));

    @BeforeAll
    static void startUps() {
        ups = UpsSimulator.builder().port(0).client("check-client", "check-secret").start();
    }

    @AfterAll
    static void stopUps() {
        ups.close();
    }

    private static List<ConfigValue> answer() {
        return List.of(new ConfigValue("ups.base.url"), new ConfigValue("ups.client.id"),
                new ConfigValue("ups.client.secret"), new ConfigValue("topic"));
    }

    private static UpsClientConfig client(String baseUrl, String id, String secret) {
        return TestConfigs.forBaseUrl(baseUrl).clientId(id).clientSecret(secret).build();
    }

    private static List<String> errors(List<ConfigValue> values, String name) {
        return values.stream().filter(v -> v.name().equals(name)).findFirst().orElseThrow().errorMessages();
    }

    @Test
    void goodCredentialsGetAToken() {
        List<ConfigValue> values = answer();
        assertThat(check.check(SETTINGS, () -> client(ups.baseUrl(), "check-client", "check-secret"), values))
                .isTrue();
        assertThat(values).allSatisfy(v -> assertThat(v.errorMessages()).isEmpty());
    }

    @Test
    void refusedCredentialsBlameIdAndSecretWithoutShowingTheSecret() {
        List<ConfigValue> values = answer();
        assertThat(check.check(SETTINGS, () -> client(ups.baseUrl(), "check-client", "wrong-secret-value"), values))
                .isFalse();

        assertThat(errors(values, "ups.client.id")).singleElement().asString().contains("refused");
        assertThat(errors(values, "ups.client.secret")).singleElement().asString()
                .doesNotContain("wrong-secret-value");
        assertThat(errors(values, "ups.base.url")).isEmpty();
    }

    @Test
    void anUnreachableUpsBlamesTheBaseUrl() {
        List<ConfigValue> values = answer();
        assertThat(check.check(SETTINGS, () -> client("http://127.0.0.1:9", "check-client", "check-secret"), values))
                .isFalse();
        assertThat(errors(values, "ups.base.url")).singleElement().asString().contains("no UPS token");
        assertThat(errors(values, "ups.client.id")).isEmpty();
    }

    @Test
    void settingsThatAlreadyFailedAreNotSentToUps() {
        List<ConfigValue> values = answer();
        values.get(0).addErrorMessage("must be an http:// or https:// URL with a host");
        AtomicInteger built = new AtomicInteger();

        assertThat(check.check(SETTINGS, () -> {
            built.incrementAndGet();
            return client(ups.baseUrl(), "check-client", "check-secret");
        }, values)).isFalse();

        assertThat(built).hasValue(0);
        assertThat(errors(values, "ups.base.url")).hasSize(1);
    }

    @Test
    void aClientConfigThatCannotBeBuiltIsReportedOnTheClientId() {
        List<ConfigValue> values = answer();
        assertThat(check.check(SETTINGS, () -> {
            throw new IllegalArgumentException("clientId must not be blank");
        }, values)).isFalse();
        assertThat(errors(values, "ups.client.id")).containsExactly("clientId must not be blank");
    }
}
