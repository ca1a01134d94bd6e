package dev.x3ups.x3.simulator.auth;

import static dev.x3ups.x3.simulator.TestHttp.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.x3ups.x3.simulator.TestHttp;
import dev.x3ups.x3.simulator.X3Simulator;
import java.net.http.HttpResponse;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class AuthHttpTest {

    private static final String QUERY = "{\"query\":\"{ x3Sales { salesOrder { query(first: 1) { totalCount } } } }\"}";
    private static X3Simulator sim;
    private static final TestHttp http = new TestHttp();

    @BeforeAll
    static void start() {
        sim = X3Simulator.builder().salesOrders(3).purchaseOrders(1).start();
    }

    @AfterAll
    static void stop() {
        sim.close();
    }

    private HttpResponse<String> graphQl(String bearer) {
        return http.send("POST", sim.graphQlUrl(), bearer == null ? null : "Bearer " + bearer, QUERY,
                "x-xtrem-endpoint", "SEED", "Content-Type", "application/json");
    }

    private static String connectedAppJwt() {
        Instant now = Instant.now();
        return Jwts.mint(X3Simulator.DEFAULT_APP_ID, X3Simulator.DEFAULT_APP_SECRET, X3Simulator.DEFAULT_USER,
                now, now.plusSeconds(300));
    }

    @Test
    void connectedAppJwtOpensGraphQlAndApi1() {
        String jwt = connectedAppJwt();
        HttpResponse<String> r = graphQl(jwt);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(json(r).at("/data/x3Sales/salesOrder/query/totalCount").asInt()).isEqualTo(3);
        assertThat(http.get(sim.api1Url("SEED") + "/SORDER?representation=SORDER.$query", "Bearer " + jwt)
                .statusCode()).isEqualTo(200);
    }

    @Test
    void graphQlRefusesMissingTokensBasicAuthAndMissingEndpointHeader() {
        assertThat(graphQl(null).statusCode()).isEqualTo(401);
        assertThat(http.send("POST", sim.graphQlUrl(), TestHttp.basicDefault(), QUERY, "x-xtrem-endpoint", "SEED")
                .statusCode()).isEqualTo(401);
        assertThat(http.send("POST", sim.graphQlUrl(), "Bearer " + connectedAppJwt(), QUERY).statusCode()).isEqualTo(400);
        Instant now = Instant.now();
        String future = Jwts.mint(X3Simulator.DEFAULT_APP_ID, X3Simulator.DEFAULT_APP_SECRET, X3Simulator.DEFAULT_USER,
                now.plusSeconds(120), now.plusSeconds(400));
        assertThat(graphQl(future).statusCode()).isEqualTo(401);
        assertThat(sim.counters().get("auth.rejected")).isPositive();
    }

    @Test
    void authorizationCodeFlowWithRotatingRefreshTokensOverHttp() {
        HttpResponse<String> authorise = http.get(sim.baseUrl() + "/v1/token/authorise?client_id="
                + X3Simulator.DEFAULT_OAUTH_CLIENT_ID + "&scope=api.graphQL%20businessDomain.ALL"
                + "&redirect_uri=https%3A%2F%2Fapp.example%2Fcallback&state=xyz", null);
        assertThat(authorise.statusCode()).isEqualTo(302);
        String location = authorise.headers().firstValue("Location").orElseThrow();
        assertThat(location).startsWith("https://app.example/callback?authorizationCode=").contains("state=xyz");
        String code = location.replaceAll(".*authorizationCode=([^&]+).*", "$1");

        JsonNode tokens = json(http.send("POST", sim.baseUrl() + "/v1/token", null,
                "{\"grant_type\":\"authorization_code\",\"code\":\"" + code + "\",\"client_id\":\""
                        + X3Simulator.DEFAULT_OAUTH_CLIENT_ID + "\",\"client_secret\":\""
                        + X3Simulator.DEFAULT_OAUTH_CLIENT_SECRET + "\",\"redirect_uri\":\"https://app.example/callback\"}",
                "Content-Type", "application/json"));
        assertThat(tokens.get("expires_in").asInt()).isEqualTo(300);
        assertThat(graphQl(tokens.get("access_token").asText()).statusCode()).isEqualTo(200);

        String form = "grant_type=refresh_token&refresh_token=" + tokens.get("refresh_token").asText() + "&client_id="
                + X3Simulator.DEFAULT_OAUTH_CLIENT_ID + "&client_secret=" + X3Simulator.DEFAULT_OAUTH_CLIENT_SECRET;
        HttpResponse<String> refreshed = http.send("POST", sim.baseUrl() + "/v1/token", null, form,
                "Content-Type", "application/x-www-form-urlencoded");
        assertThat(refreshed.statusCode()).isEqualTo(200);
        assertThat(json(refreshed).get("refresh_token").asText()).isNotEqualTo(tokens.get("refresh_token").asText());
        HttpResponse<String> reused = http.send("POST", sim.baseUrl() + "/v1/token", null, form,
                "Content-Type", "application/x-www-form-urlencoded");
        assertThat(reused.statusCode()).isEqualTo(400);
        assertThat(json(reused).get("error").asText()).isEqualTo("invalid_grant");
        assertThat(sim.counters().get("token.refresh_token")).isEqualTo(2);
    }

    @Test
    void clientCredentialsWithBasicHeaderAndExpireAllFault() {
        HttpResponse<String> r = http.send("POST", sim.baseUrl() + "/v1/token",
                TestHttp.basic(X3Simulator.DEFAULT_OAUTH_CLIENT_ID, X3Simulator.DEFAULT_OAUTH_CLIENT_SECRET),
                "grant_type=client_credentials", "Content-Type", "application/x-www-form-urlencoded");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(json(r).has("refresh_token")).isFalse();
        String access = json(r).get("access_token").asText();
        assertThat(http.send("POST", sim.baseUrl() + "/v1/service/SEED/api", "Bearer " + access, QUERY).statusCode())
                .isEqualTo(200);
        sim.expireAllTokens();
        assertThat(graphQl(access).statusCode()).isEqualTo(401);
        HttpResponse<String> wrong = http.send("POST", sim.baseUrl() + "/v1/token", null,
                "grant_type=client_credentials&client_id=" + X3Simulator.DEFAULT_OAUTH_CLIENT_ID + "&client_secret=bad",
                "Content-Type", "application/x-www-form-urlencoded");
        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(wrong.body()).doesNotContain("bad\"");
    }
}
