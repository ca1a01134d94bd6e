package dev.x3ups.ups.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.x3ups.client.Secret;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class UpsClientConfigTest {

    @Test
    void toStringNeverShowsTheSecret() {
        UpsClientConfig config = TestConfigs.forBaseUrl("http://localhost:1").build();
        assertThat(config.toString()).doesNotContain(TestConfigs.CLIENT_SECRET).contains("[hidden]")
                .contains(TestConfigs.CLIENT_ID);
        assertThat(config.clientSecret().toString()).isEqualTo("[hidden]");
        assertThat(config.clientSecret().reveal()).isEqualTo(TestConfigs.CLIENT_SECRET);
    }

    @Test
    void derivesTokenAndApiUrlsFromTheHost() {
        UpsClientConfig config = TestConfigs.forBaseUrl("https://wwwcie.ups.com/").build();
        assertThat(config.tokenUrl()).isEqualTo("https://wwwcie.ups.com/security/v1/oauth/token");
        assertThat(config.apiUrl()).isEqualTo("https://wwwcie.ups.com/api");
        assertThat(UpsClientConfig.builder().environment(UpsEnvironment.PRODUCTION).clientId("c").clientSecret("s")
                .build().tokenUrl()).isEqualTo("https://onlinetools.ups.com/security/v1/oauth/token");
    }

    @Test
    void defaultsFollowTheDesign() {
        UpsClientConfig config = UpsClientConfig.builder().clientId("c").clientSecret("s").build();
        assertThat(config.dailyTokenBudget()).isEqualTo(200);
        assertThat(config.maxInFlight()).isEqualTo(64);
        assertThat(config.baseUrl()).isEqualTo(UpsEnvironment.CIE.baseUrl());
    }

    @Test
    void rejectsNonsense() {
        assertThatThrownBy(() -> UpsClientConfig.builder().clientSecret("s").build())
                .hasMessageContaining("clientId");
        assertThatThrownBy(() -> UpsClientConfig.builder().clientId("c").clientSecret("s").maxInFlight(0).build())
                .hasMessageContaining("maxInFlight");
        assertThatThrownBy(() -> UpsClientConfig.builder().clientId("c").clientSecret("s")
                .retryDeadline(Duration.ZERO).build()).hasMessageContaining("retryDeadline");
    }

    @Test
    void secretsCompareByValueWithoutExposingIt() {
        assertThat(Secret.of("a")).isEqualTo(Secret.of("a")).isNotEqualTo(Secret.of("b"));
        assertThat(Secret.of("a").fingerprint()).isEqualTo(Secret.of("a").fingerprint())
                .isNotEqualTo(Secret.of("b").fingerprint()).doesNotContain("a".repeat(3));
    }
}
