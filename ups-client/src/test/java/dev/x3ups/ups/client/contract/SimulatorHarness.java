package dev.x3ups.ups.client.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.x3ups.ups.client.UpsClientConfig;
import dev.x3ups.ups.client.UpsClients;
import dev.x3ups.ups.client.auth.TokenManager;
import dev.x3ups.ups.client.auth.TokenManagerRegistry;
import dev.x3ups.ups.simulator.UpsSimulator;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import okhttp3.OkHttpClient;

/**
 * An embedded UPS simulator and clients whose every call (token endpoint included) passes the contract
 * interceptor. {@link #assertContractKept()} fails the test on any schema violation.
 */
final class SimulatorHarness implements AutoCloseable {
    static final String CLIENT_ID = "sim-client-id";
    static final String CLIENT_SECRET = "sim-client-secret";
    static final String ACCOUNT = "A1B2C3";

    final UpsSimulator sim;
    final ContractInterceptor contract = new ContractInterceptor(UpsContract.get());
    final TokenManager tokens;
    final UpsClients clients;
    private final OkHttpClient tokenHttp;

    private SimulatorHarness(UpsSimulator sim, UpsClientConfig config) {
        this.sim = sim;
        this.tokenHttp = new OkHttpClient.Builder().addInterceptor(contract).build();
        this.tokens = TokenManagerRegistry.unshared(config, tokenHttp);
        this.clients = UpsClients.create(config, tokens, List.of(contract));
    }

    static SimulatorHarness start() {
        return start(b -> { }, c -> { });
    }

    static SimulatorHarness start(Consumer<UpsSimulator.Builder> simulator, Consumer<UpsClientConfig.Builder> client) {
        UpsSimulator.Builder simBuilder = UpsSimulator.builder().port(0).client(CLIENT_ID, CLIENT_SECRET)
                .accountNumber(ACCOUNT).seed(7);
        simulator.accept(simBuilder);
        UpsSimulator sim = simBuilder.start();
        UpsClientConfig.Builder config = UpsClientConfig.builder()
                .baseUrl(sim.baseUrl())
                .clientId(CLIENT_ID)
                .clientSecret(CLIENT_SECRET)
                .accountNumber(ACCOUNT)
                .requestsPerSecond(500)
                .burst(500)
                .initialBackoff(Duration.ofMillis(20))
                .maxBackoff(Duration.ofMillis(200))
                .retryDeadline(Duration.ofSeconds(10))
                .readTimeout(Duration.ofSeconds(5));
        client.accept(config);
        return new SimulatorHarness(sim, config.build());
    }

    void assertContractKept() {
        assertThat(contract.violations()).as("UPS OpenAPI contract violations").isEmpty();
        assertThat(contract.responsesChecked()).as("responses validated").isPositive();
    }

    @Override
    public void close() {
        clients.close();
        tokenHttp.dispatcher().executorService().shutdown();
        tokenHttp.connectionPool().evictAll();
        sim.close();
    }
}
