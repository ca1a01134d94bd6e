package dev.x3ups.ups.client.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.x3ups.ups.client.UpsUnavailableException;
import dev.x3ups.ups.client.auth.TokenBudgetExhaustedException;
import dev.x3ups.ups.client.track.TrackResult;
import dev.x3ups.ups.simulator.ApiEndpoint;
import dev.x3ups.ups.simulator.fault.FaultSpec;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The token manager against the simulator's OAuth endpoint (token response checked against OAuthClientCredentials.yaml). */
class TokenContractTest {
    private static final String UNKNOWN = "1ZA1B2C30399999990";
    private SimulatorHarness harness;

    @AfterEach
    void stop() {
        if (harness != null) {
            harness.close();
        }
    }

    private List<CompletableFuture<TrackResult>> track(int count) {
        List<CompletableFuture<TrackResult>> calls = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            calls.add(harness.clients.track().details(UNKNOWN));
        }
        return calls;
    }

    @Test
    void manyConcurrentCallsShareOneToken() throws Exception {
        harness = SimulatorHarness.start();
        CompletableFuture.allOf(track(100).toArray(CompletableFuture[]::new)).get(30, TimeUnit.SECONDS);
        assertThat(harness.sim.counters().count(ApiEndpoint.TOKEN)).isEqualTo(1);
        assertThat(harness.sim.counters().count(ApiEndpoint.TRACK)).isEqualTo(100);
        harness.assertContractKept();
    }

    @Test
    void revokedTokenIsRenewedOnceAfterThe401() throws Exception {
        harness = SimulatorHarness.start();
        harness.clients.track().details(UNKNOWN).get(10, TimeUnit.SECONDS);
        harness.sim.tokens().expireAll();

        CompletableFuture.allOf(track(10).toArray(CompletableFuture[]::new)).get(30, TimeUnit.SECONDS);

        assertThat(harness.sim.counters().count(ApiEndpoint.TOKEN)).isEqualTo(2);
        assertThat(harness.sim.counters().count(ApiEndpoint.TRACK, 401)).isBetween(1L, 10L);
        assertThat(harness.tokens.metrics().invalidations()).isEqualTo(1);
        harness.assertContractKept();
    }

    @Test
    void budgetGuardStopsTokenRequestsBeforeUpsQuotaIsHit() throws Exception {
        harness = SimulatorHarness.start(sim -> { }, config -> config.dailyTokenBudget(2));
        harness.clients.track().details(UNKNOWN).get(10, TimeUnit.SECONDS);
        harness.sim.tokens().expireAll();
        harness.clients.track().details(UNKNOWN).get(10, TimeUnit.SECONDS);
        harness.sim.tokens().expireAll();

        assertThatThrownBy(() -> harness.clients.track().details(UNKNOWN).get(10, TimeUnit.SECONDS))
                .cause().isInstanceOf(TokenBudgetExhaustedException.class).hasMessageContaining("budget of 2");
        assertThat(harness.sim.counters().count(ApiEndpoint.TOKEN)).isEqualTo(2);
        assertThat(harness.tokens.metrics().budgetRefusals()).isPositive();
    }

    @Test
    void tokenEndpointOutageEndsAsUnavailableAtTheDeadline() {
        harness = SimulatorHarness.start(sim -> { }, config -> config.retryDeadline(Duration.ofMillis(1500)));
        harness.sim.faults().set(ApiEndpoint.TOKEN, FaultSpec.none().withOutage(true));
        assertThatThrownBy(() -> harness.clients.track().details(UNKNOWN).get(10, TimeUnit.SECONDS))
                .cause().isInstanceOf(UpsUnavailableException.class).hasMessageContaining("no token");
        assertThat(harness.sim.counters().count(ApiEndpoint.TRACK)).isZero();
        // the one-second cooldown keeps the manager from hammering a broken token endpoint
        assertThat(harness.sim.counters().count(ApiEndpoint.TOKEN)).isBetween(1L, 3L);
    }
}
