package dev.x3ups.ups.client.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.x3ups.client.Secret;
import dev.x3ups.ups.client.UpsUnavailableException;
import dev.x3ups.ups.client.http.UpsHttp;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

class OAuthTokenEndpointTest {
    private static final String SECRET = "top-secret-987";

    @StartStop
    private final MockWebServer server = new MockWebServer();

    private OAuthTokenEndpoint endpoint(String merchantId) {
        return new OAuthTokenEndpoint(UpsHttp.newClient(Duration.ofSeconds(5), "test-http"), Duration.ofSeconds(5),
                server.url("/security/v1/oauth/token").toString(), "client-x", Secret.of(SECRET), merchantId);
    }

    @Test
    void postsClientCredentialsWithBasicAuthAndMerchantIdAndReadsStringExpiresIn() throws Exception {
        server.enqueue(new MockResponse.Builder().code(200).body("""
                {"token_type":"Bearer","issued_at":"1732700000000","client_id":"client-x","access_token":"tok-1",
                 "scope":"","expires_in":"14399","refresh_count":"0","status":"approved"}""").build());

        TokenGrant grant = endpoint("A1B2C3").requestToken().get(5, TimeUnit.SECONDS);

        assertThat(grant.accessToken()).isEqualTo("tok-1");
        assertThat(grant.lifetime()).isEqualTo(Duration.ofSeconds(14399));
        RecordedRequest request = server.takeRequest();
        assertThat(request.getMethod()).isEqualTo("POST");
        assertThat(request.getUrl().encodedPath()).isEqualTo("/security/v1/oauth/token");
        assertThat(request.getHeaders().get("Authorization"))
                .isEqualTo(okhttp3.Credentials.basic("client-x", SECRET));
        assertThat(request.getHeaders().get("x-merchant-id")).isEqualTo("A1B2C3");
        assertThat(request.getBody().utf8()).isEqualTo("grant_type=client_credentials");
    }

    @Test
    void numericExpiresInAndMissingExpiresInAreAccepted() throws Exception {
        server.enqueue(new MockResponse.Builder().code(200).body("{\"access_token\":\"a\",\"expires_in\":3600}").build());
        server.enqueue(new MockResponse.Builder().code(200).body("{\"access_token\":\"b\",\"expires_in\":\"\"}").build());
        assertThat(endpoint(null).requestToken().get().lifetime()).isEqualTo(Duration.ofHours(1));
        assertThat(endpoint(null).requestToken().get().lifetime()).isEqualTo(OAuthTokenEndpoint.DEFAULT_LIFETIME);
        assertThat(server.takeRequest().getHeaders().get("x-merchant-id")).isNull();
    }

    @Test
    void refusedCredentialsAreAnAuthenticationErrorWithoutTheSecret() {
        server.enqueue(new MockResponse.Builder().code(401).body(
                "{\"response\":{\"errors\":[{\"code\":\"250002\",\"message\":\"Invalid Authentication Information\"}]}}")
                .build());
        assertThatThrownBy(() -> endpoint(null).requestToken().get()).isInstanceOf(ExecutionException.class)
                .cause().isInstanceOf(UpsAuthenticationException.class)
                .hasMessageContaining("250002").hasMessageContaining("client-x").hasMessageNotContaining(SECRET);
    }

    @Test
    void quotaExceededIsTransient() {
        server.enqueue(new MockResponse.Builder().code(429).body(
                "{\"response\":{\"errors\":[{\"code\":\"10429\",\"message\":\"Quota Limit Exceeded\"}]}}").build());
        assertThatThrownBy(() -> endpoint(null).requestToken().get()).cause()
                .isInstanceOf(UpsUnavailableException.class).hasMessageContaining("429");
    }

    @Test
    void toStringHidesTheSecret() {
        assertThat(endpoint(null).toString()).doesNotContain(SECRET).contains("client-x");
    }
}
