package dev.x3ups.x3.client.auth;

import static dev.x3ups.x3.client.TestSupport.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.x3ups.client.AccessToken;
import dev.x3ups.client.Secret;
import dev.x3ups.testing.MutableClock;
import dev.x3ups.x3.client.TestSupport;
import dev.x3ups.x3.client.X3AuthenticationException;
import dev.x3ups.x3.client.http.RequestAuthenticator;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RefreshTokenGrantTest {
    @StartStop
    final MockWebServer server = new MockWebServer();
    @TempDir
    Path folder;

    private final MutableClock clock = new MutableClock(Instant.parse("2025-01-15T10:00:00Z"));
    private final List<String> warnings = new ArrayList<>();

    private RefreshTokenCredentials credentials(String initial) {
        return new RefreshTokenCredentials("/v1/token", "x3ups-cloud-app", Secret.of("app-secret"),
                Secret.of(initial), null, null, Duration.ofDays(7));
    }

    private RefreshTokenGrant grant(RefreshTokenCredentials credentials, RefreshTokenStore store) {
        TokenEndpoint endpoint = new TokenEndpoint(TestSupport.http(RequestAuthenticator.NONE), server.url("/v1/token"));
        return new RefreshTokenGrant(credentials, endpoint, store,
                new RefreshTokenWarnings(clock, credentials.warnBeforeExpiry(), warnings::add), clock);
    }

    private static String granted(String access, String refresh) {
        return "{\"access_token\":\"" + access + "\",\"token_type\":\"Bearer\",\"expires_in\":300,"
                + "\"refresh_token\":\"" + refresh + "\",\"refresh_token_expires_in\":2592000}";
    }

    private JsonNode takeBody() throws InterruptedException {
        return TestSupport.tree(server.takeRequest().getBody().utf8());
    }

    @Test
    void grantsOfOnePairingSharingTheTopicEachSpendTheNewestTokenOnce() throws Exception {
        InMemoryTokenLog log = new InMemoryTokenLog();
        byte[] key = new byte[dev.x3ups.secrets.crypto.KeyRing.KEY_BYTES];
        java.util.function.Supplier<RefreshTokenStore> shared = () -> new KafkaRefreshTokenStore(log,
                new TokenSealer(new dev.x3ups.secrets.crypto.KeyRing(java.util.Map.of("k1", key), "k1")), "test topic",
                clock, () -> clock.advance(Duration.ofSeconds(1)));
        RefreshTokenGrant source = grant(credentials("rt-paired"), shared.get());
        RefreshTokenGrant sink = grant(credentials("rt-paired"), shared.get());
        server.enqueue(json(200, granted("at-1", "rt-2")));
        server.enqueue(json(200, granted("at-2", "rt-3")));
        server.enqueue(json(200, granted("at-3", "rt-4")));

        source.fetch();
        sink.fetch();
        source.fetch();

        assertThat(takeBody().path("refresh_token").asText()).isEqualTo("rt-paired");
        assertThat(takeBody().path("refresh_token").asText()).as("the sink spends what the source stored")
                .isEqualTo("rt-2");
        assertThat(takeBody().path("refresh_token").asText()).as("and the source what the sink stored")
                .isEqualTo("rt-3");
        assertThat(warnings).isEmpty();
    }

    @Test
    void rotatesTheRefreshTokenAndPersistsTheNewestToTheFile() throws Exception {
        FileRefreshTokenStore store = new FileRefreshTokenStore(folder.resolve("refresh.json"), TestSupport.JSON);
        RefreshTokenGrant grant = grant(credentials("rt-paired"), store);
        server.enqueue(json(200, granted("at-1", "rt-2")));
        server.enqueue(json(200, granted("at-2", "rt-3")));

        AccessToken first = grant.fetch();
        assertThat(first.value().reveal()).isEqualTo("at-1");
        assertThat(first.expiresAt()).isEqualTo("2025-01-15T10:05:00Z");
        assertThat(store.load().orElseThrow().token().reveal()).isEqualTo("rt-2");
        assertThat(store.load().orElseThrow().expiresAt()).isEqualTo("2025-02-14T10:00:00Z");

        clock.advance(Duration.ofMinutes(4));
        assertThat(grant.fetch().value().reveal()).isEqualTo("at-2");
        assertThat(store.load().orElseThrow().token().reveal()).isEqualTo("rt-3");

        JsonNode firstBody = takeBody();
        assertThat(firstBody.path("grant_type").asText()).isEqualTo("refresh_token");
        assertThat(firstBody.path("refresh_token").asText()).isEqualTo("rt-paired");
        assertThat(firstBody.path("client_id").asText()).isEqualTo("x3ups-cloud-app");
        assertThat(takeBody().path("refresh_token").asText()).isEqualTo("rt-2");
        assertThat(warnings).isEmpty();
    }

    @Test
    void aRestartContinuesFromTheStoredTokenNotTheConfiguredOne() throws Exception {
        FileRefreshTokenStore store = new FileRefreshTokenStore(folder.resolve("refresh.json"), TestSupport.JSON);
        server.enqueue(json(200, granted("at-1", "rt-2")));
        grant(credentials("rt-paired"), store).fetch();
        server.takeRequest();

        server.enqueue(json(200, granted("at-2", "rt-3")));
        grant(credentials("rt-paired"), store).fetch();

        assertThat(takeBody().path("refresh_token").asText()).isEqualTo("rt-2");
    }

    @Test
    void aNewPairingReplacesTheStoredChain() throws Exception {
        FileRefreshTokenStore store = new FileRefreshTokenStore(folder.resolve("refresh.json"), TestSupport.JSON);
        server.enqueue(json(200, granted("at-1", "rt-2")));
        grant(credentials("rt-paired"), store).fetch();
        server.takeRequest();

        server.enqueue(json(200, granted("at-9", "rt-10")));
        grant(credentials("rt-repaired"), store).fetch();

        assertThat(takeBody().path("refresh_token").asText()).isEqualTo("rt-repaired");
        assertThat(store.load().orElseThrow().token().reveal()).isEqualTo("rt-10");
    }

    @Test
    void warnsWhenTheNewestTokenCannotBePersisted() throws Exception {
        RefreshTokenStore broken = new RefreshTokenStore() {
            @Override
            public Optional<StoredRefreshToken> load() {
                return Optional.empty();
            }

            @Override
            public void save(StoredRefreshToken token) throws IOException {
                throw new IOException("disk full");
            }

            @Override
            public boolean isDurable() {
                return true;
            }

            @Override
            public String describe() {
                return "/var/lib/x3/refresh.json";
            }
        };
        RefreshTokenGrant grant = grant(credentials("rt-paired"), broken);
        server.enqueue(json(200, granted("at-1", "rt-2")));
        server.enqueue(json(200, granted("at-2", "rt-3")));

        grant.fetch();
        grant.fetch();

        assertThat(warnings).hasSize(1);
        assertThat(warnings.get(0)).contains("/var/lib/x3/refresh.json").contains("IOException")
                .contains("2025-02-14T10:00:00Z").doesNotContain("rt-2");
        server.takeRequest();
        assertThat(takeBody().path("refresh_token").asText()).as("kept in memory").isEqualTo("rt-2");
    }

    @Test
    void anInMemoryStoreWarnsThatARestartNeedsPairing() throws Exception {
        server.enqueue(json(200, granted("at-1", "rt-2")));

        grant(credentials("rt-paired"), new InMemoryRefreshTokenStore()).fetch();

        assertThat(warnings).singleElement().asString().contains("memory only");
    }

    @Test
    void warnsBeforeTheRefreshTokenExpires() throws Exception {
        InMemoryRefreshTokenStore store = new InMemoryRefreshTokenStore();
        RefreshTokenCredentials credentials = credentials("rt-paired");
        // a stored chain near its end: the endpoint stopped rotating and the last token ages
        store.save(new StoredRefreshToken(Secret.of("rt-old"), clock.instant().plus(Duration.ofDays(3)),
                pairingIdOf(credentials)));
        server.enqueue(json(200, "{\"access_token\":\"at-1\",\"expires_in\":300}"));

        grant(credentials, store).fetch();

        assertThat(warnings).anySatisfy(w -> assertThat(w).contains("expires at 2025-01-18T10:00:00Z"));
    }

    @Test
    void anInvalidGrantIsAnAuthenticationFailureWithoutTheToken() {
        server.enqueue(json(400, "{\"error\":\"invalid_grant\",\"error_description\":\"refresh token already used\"}"));

        assertThatThrownBy(() -> grant(credentials("rt-paired"), new InMemoryRefreshTokenStore()).fetch())
                .isInstanceOf(X3AuthenticationException.class)
                .hasMessageContaining("invalid_grant").hasMessageContaining("already used")
                .hasMessageNotContaining("rt-paired").hasMessageNotContaining("app-secret");
    }

    /** The pairing id the grant computes, learned by letting it store one rotation. */
    private String pairingIdOf(RefreshTokenCredentials credentials) throws Exception {
        InMemoryRefreshTokenStore probe = new InMemoryRefreshTokenStore();
        server.enqueue(json(200, granted("probe", "probe-rt")));
        grant(credentials, probe).fetch();
        server.takeRequest();
        warnings.clear();
        return probe.load().orElseThrow().pairingId();
    }
}
