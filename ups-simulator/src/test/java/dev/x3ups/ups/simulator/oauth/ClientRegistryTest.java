package dev.x3ups.ups.simulator.oauth;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ClientRegistryTest {
    @Test
    void authenticatesOnlyTheRegisteredPairAndNeverPrintsSecrets() {
        ClientRegistry clients = new ClientRegistry();
        clients.register("id", "s3cr3t");
        assertThat(clients.authenticates("id", "s3cr3t")).isTrue();
        assertThat(clients.authenticates("id", "s3cr3")).isFalse();
        assertThat(clients.authenticates("other", "s3cr3t")).isFalse();
        assertThat(clients.knows("id")).isTrue();
        assertThat(clients.toString()).contains("id").doesNotContain("s3cr3t");
    }

    @Test
    void basicHeaderParsing() {
        assertThat(TokenEndpoint.basicCredentials("Basic aWQ6czNjcjN0")).containsExactly("id", "s3cr3t");
        assertThat(TokenEndpoint.basicCredentials("Basic !!!")).isNull();
        assertThat(TokenEndpoint.basicCredentials("Bearer x")).isNull();
        assertThat(TokenEndpoint.form("grant_type=client_credentials&x=a%20b"))
                .containsEntry("grant_type", "client_credentials").containsEntry("x", "a b");
    }
}
