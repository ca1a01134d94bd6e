package dev.x3ups.ups.tracking.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class TokenEndpointTest {
    private final IssuedTokens tokens = new IssuedTokens(Clock.systemUTC(), Duration.ofMinutes(10), 100);
    private final TokenEndpoint endpoint = new TokenEndpoint("ups-caller", "s3cret/+", tokens);

    static String basic(String id, String secret) {
        return "Basic " + Base64.getEncoder().encodeToString((id + ":" + secret).getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void issuesABearerTokenForTheRegisteredClient() throws Exception {
        TokenEndpoint.Answer answer = endpoint.answer(basic("ups-caller", "s3cret/+"),
                "grant_type=client_credentials");
        assertThat(answer.status()).isEqualTo(200);
        JsonNode json = new ObjectMapper().readTree(answer.json());
        assertThat(json.get("token_type").asText()).isEqualTo("Bearer");
        assertThat(json.get("expires_in").asLong()).isEqualTo(600);
        assertThat(tokens.valid(json.get("access_token").asText())).isTrue();
    }

    @Test
    void acceptsFormEncodedCredentials() {
        assertThat(endpoint.answer(basic("ups-caller", "s3cret%2F%2B"), "grant_type=client_credentials").status())
                .isEqualTo(200);
    }

    @Test
    void refusesWrongCredentialsAndGrants() {
        assertThat(endpoint.answer(basic("ups-caller", "wrong"), "grant_type=client_credentials").status())
                .isEqualTo(401);
        assertThat(endpoint.answer(basic("someone", "s3cret/+"), "grant_type=client_credentials").status())
                .isEqualTo(401);
        assertThat(endpoint.answer(null, "grant_type=client_credentials").status()).isEqualTo(401);
        assertThat(endpoint.answer("Basic !!!", "grant_type=client_credentials").status()).isEqualTo(401);
        assertThat(endpoint.answer("Bearer x", "grant_type=client_credentials").status()).isEqualTo(401);
        assertThat(endpoint.answer(basic("ups-caller", "s3cret/+"), "grant_type=password").status()).isEqualTo(400);
        assertThat(tokens.live()).isZero();
    }

    @Test
    void needsCredentialsAndHidesThem() {
        assertThatThrownBy(() -> new TokenEndpoint("id", "", tokens)).isInstanceOf(IllegalArgumentException.class);
        assertThat(endpoint.toString()).doesNotContain("s3cret");
    }
}
