package dev.x3ups.x3.client.connect;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AuthModeTest {

    @Test
    void eachModeNamesItsCredentialsAndTheSecretToBlame() {
        assertThat(AuthMode.BASIC.requiredSettings()).containsExactly("x3.username", "x3.password");
        assertThat(AuthMode.JWT.requiredSettings()).contains("x3.client.secret", "x3.username");
        assertThat(AuthMode.REFRESH_TOKEN.requiredSettings()).contains("x3.refresh.token", "x3.token.url")
                .doesNotContain("x3.refresh.token.file");
        assertThat(AuthMode.BASIC.secretSetting()).isEqualTo("x3.password");
        assertThat(AuthMode.REFRESH_TOKEN.secretSetting()).isEqualTo("x3.refresh.token");
        assertThat(AuthMode.CLIENT_CREDENTIALS.secretSetting()).isEqualTo("x3.client.secret");
    }

    @Test
    void parsesCaseInsensitivelyAndRefusesUnknownNames() {
        assertThat(AuthMode.parse(" refresh_token ")).contains(AuthMode.REFRESH_TOKEN);
        assertThat(AuthMode.parse("KERBEROS")).isEmpty();
        assertThat(AuthMode.parse(null)).isEmpty();
    }
}
