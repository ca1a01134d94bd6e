package dev.x3ups.x3.client.auth;

import static dev.x3ups.x3.client.TestSupport.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.x3ups.client.AccessToken;
import dev.x3ups.client.Secret;
import dev.x3ups.testing.MutableClock;
import dev.x3ups.x3.client.TestSupport;
import dev.x3ups.x3.client.X3AuthenticationException;
import dev.x3ups.x3.client.X3TransientException;
import dev.x3ups.x3.client.http.RequestAuthenticator;
import java.time.Instant;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

class ClientCredentialsGrantTest {
    @StartStop
    final MockWebServer server = new MockWebServer();
    private final MutableClock clock = new MutableClock(Instant.parse("2025-01-15T10:00:00Z"));

    private ClientCredentialsGrant grant(String scope) {
        return new ClientCredentialsGrant(
                new ClientCredentials("/v1/token", "x3ups-cloud-app", Secret.of("x3ups-cloud-app-secret"), scope, null),
                new TokenEndpoint(TestSupport.http(RequestAuthenticator.NONE), server.url("/v1/token")), clock);
    }

    @Test
    void postsTheClientCredentialsAsAFormAndHonoursTheLifetime() throws Exception {
        server.enqueue(json(200, "{\"access_token\":\"at-1\",\"token_type\":\"Bearer\",\"expires_in\":\"600\"}"));

        AccessToken token = grant("api.graphQL").fetch();

        assertThat(token.value().reveal()).isEqualTo("at-1");
        assertThat(token.expiresAt()).isEqualTo("2025-01-15T10:10:00Z");
        RecordedRequest request = server.takeRequest();
        assertThat(request.getMethod()).isEqualTo("POST");
        assertThat(request.getHeaders().get("Content-Type")).startsWith("application/x-www-form-urlencoded");
        assertThat(request.getBody().utf8()).isEqualTo("grant_type=client_credentials&client_id=x3ups-cloud-app"
                + "&client_secret=x3ups-cloud-app-secret&scope=api.graphQL");
    }

    @Test
    void anUnknownClientIsAnAuthenticationFailure() {
        server.enqueue(json(401, "{\"error\":\"invalid_client\",\"error_description\":\"unknown client\"}"));

        assertThatThrownBy(() -> grant(null).fetch())
                .isInstanceOf(X3AuthenticationException.class)
                .hasMessageContaining("invalid_client")
                .hasMessageNotContaining("x3ups-cloud-app-secret");
    }

    @Test
    void anUnavailableTokenEndpointIsTransient() {
        server.enqueue(json(503, ""));

        assertThatThrownBy(() -> grant(null).fetch()).isInstanceOf(X3TransientException.class);
    }

    @Test
    void anAnswerWithoutTokenIsRefused() {
        server.enqueue(json(200, "{\"token_type\":\"Bearer\"}"));

        assertThatThrownBy(() -> grant(null).fetch())
                .isInstanceOf(X3AuthenticationException.class).hasMessageContaining("without an access token");
    }
}
