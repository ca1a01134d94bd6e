package dev.x3ups.ups.tracking.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.eclipse.jetty.http.HttpFields;
import org.junit.jupiter.api.Test;

class CredentialHeaderAuthenticatorTest {
    private final CredentialHeaderAuthenticator auth = new CredentialHeaderAuthenticator("opaque-v1-credential");

    @Test
    void acceptsOnlyTheSubscribedCredential() {
        assertThat(auth.accepts(HttpFields.build().put("credential", "opaque-v1-credential"))).isTrue();
        assertThat(auth.accepts(HttpFields.build().put("credential", "opaque-v1-credentiaX"))).isFalse();
        assertThat(auth.accepts(HttpFields.build().put("credential", ""))).isFalse();
        assertThat(auth.accepts(HttpFields.build())).isFalse();
        assertThat(auth.tokenEndpoint()).isNull();
    }

    @Test
    void needsACredentialAndNeverShowsIt() {
        assertThatThrownBy(() -> new CredentialHeaderAuthenticator("")).isInstanceOf(IllegalArgumentException.class);
        assertThat(auth.toString()).doesNotContain("opaque");
    }
}
