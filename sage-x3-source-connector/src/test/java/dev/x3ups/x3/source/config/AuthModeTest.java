package dev.x3ups.x3.source.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AuthModeTest {

    @Test
    void eachModeNamesItsCredentialsAndTheSecretToBlame() {
        assertThat(AuthMode.BASIC.requiredSettings()).containsExactly("x3.username", "x3.password");
        assertThat(AuthMode.BASIC.secretSetting()).isEqualTo("x3.password");
        assertThat(AuthMode.JWT.requiredSettings()).contains("x3.client.id", "x3.client.secret", "x3.username");
        assertThat(AuthMode.JWT.secretSetting()).isEqualTo("x3.client.secret");
        assertThat(AuthMode.REFRESH_TOKEN.requiredSettings()).contains("x3.token.url", "x3.refresh.token",
                "x3.refresh.token.file");
        assertThat(AuthMode.REFRESH_TOKEN.singleHolder()).isTrue();
        assertThat(AuthMode.BASIC.singleHolder()).isFalse();
        assertThat(AuthMode.REFRESH_TOKEN.secretSetting()).isEqualTo("x3.refresh.token");
        assertThat(AuthMode.CLIENT_CREDENTIALS.requiredSettings()).contains("x3.token.url").doesNotContain("x3.refresh.token");
        assertThat(AuthMode.CLIENT_CREDENTIALS.secretSetting()).isEqualTo("x3.client.secret");
    }

    @Test
    void recommenderShowsOnlyTheSettingsOfTheChosenMode() {
        AuthModeRecommender recommender = new AuthModeRecommender();
        Map<String, Object> parsed = new HashMap<>();
        parsed.put("x3.auth.mode", "client_credentials");

        assertThat(recommender.visible("x3.client.secret", parsed)).isTrue();
        assertThat(recommender.visible("x3.oauth.scope", parsed)).isTrue();
        assertThat(recommender.visible("x3.password", parsed)).isFalse();
        assertThat(recommender.visible("x3.refresh.token.file", parsed)).isFalse();
        parsed.put("x3.auth.mode", "REFRESH_TOKEN");
        assertThat(recommender.visible("x3.refresh.token.file", parsed)).isTrue();
        assertThat(recommender.validValues("x3.password", parsed)).isEmpty();

        parsed.put("x3.auth.mode", "nonsense");
        assertThat(recommender.visible("x3.password", parsed)).isTrue();
    }
}
