package dev.x3ups.it.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CredentialNamesTest {

    @Test
    void credentialWordsAnywhereInTheNameCount() {
        assertThat(CredentialNames.looksLikeCredential("x3.password")).isTrue();
        assertThat(CredentialNames.looksLikeCredential("ups.client.secret")).isTrue();
        assertThat(CredentialNames.looksLikeCredential("x3.refresh.token")).isTrue();
        assertThat(CredentialNames.looksLikeCredential("webhook.credential")).isTrue();
        assertThat(CredentialNames.looksLikeCredential("listener.ssl.keystore.password")).isTrue();
        assertThat(CredentialNames.looksLikeCredential("some_api_token")).isTrue();
        assertThat(CredentialNames.looksLikeCredential("ssl.key.PASSWORD")).isTrue();
    }

    @Test
    void aKeyAtTheEndIsAKeyButAKeyFieldIsNot() {
        assertThat(CredentialNames.looksLikeCredential("ups.api.key")).isTrue();
        assertThat(CredentialNames.looksLikeCredential("signing.key")).isTrue();
        assertThat(CredentialNames.looksLikeCredential("x3.apikey")).isTrue();
        assertThat(CredentialNames.looksLikeCredential("x3.target.key.field")).isFalse();
        assertThat(CredentialNames.looksLikeCredential("x3.target.graphql.key.field")).isFalse();
        assertThat(CredentialNames.looksLikeCredential("key.id")).isFalse();
    }

    @Test
    void ordinarySettingsDoNotLookLikeCredentials() {
        assertThat(CredentialNames.looksLikeCredential("x3.client.id")).isFalse();
        assertThat(CredentialNames.looksLikeCredential("x3.auth.mode")).isFalse();
        assertThat(CredentialNames.looksLikeCredential("x3.jwt.audience")).isFalse();
        assertThat(CredentialNames.looksLikeCredential("listener.ssl.keystore.location")).isFalse();
        assertThat(CredentialNames.looksLikeCredential("x3.shipments.topic")).isFalse();
        assertThat(CredentialNames.looksLikeCredential("shipping.site")).isFalse();
    }

    @Test
    void everyAllowListedNameLooksLikeACredentialAndHasAReason() {
        // an entry that would not be flagged anyway is dead weight that hides nothing but misleads readers
        CredentialNames.NOT_CREDENTIALS.forEach((name, reason) -> {
            assertThat(CredentialNames.looksLikeCredential(name)).as(name).isTrue();
            assertThat(CredentialNames.mustBePassword(name)).as(name).isFalse();
            assertThat(reason).as(name).isNotBlank();
        });
        assertThat(CredentialNames.mustBePassword("x3.refresh.token")).isTrue();
    }
}
