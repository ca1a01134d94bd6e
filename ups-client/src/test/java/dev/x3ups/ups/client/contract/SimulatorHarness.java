package dev.x3ups.ups.client.contract;

import dev.x3ups.ups.simulator.contract.UpsContract;
import static org.assertj.core.api.Assertions.assertThat;

import dev.x3ups.ups.client.UpsClientConfig;
import dev.x3ups.ups.client.UpsClients;
import dev.x3ups.ups.client.auth.TokenManager;
import dev.x3ups.ups.client.auth.TokenManagerRegistry;
import dev.x3ups.ups.simulator.UpsSimulator;
import java.time.Duration;
import java.util.function.Consumer;

/**
 * An embedded UPS simulator and clients whose every call (token endpoint included) passes through the contract
 * proxy. {@link #assertContractKept()} fails the test on any schema violation.
 */
final class SimulatorHarness implements AutoCloseable {
    static final String CLIENT_ID = "sim-client-id";
    static final String CLIENT_SECRET = "sim-client-secret";
    static final String ACCOUNT = "A1B2C3";

    final UpsSimulator sim;
    final ContractProxy contract;
    final TokenManager tokens;
    final UpsClients clients;

    private SimulatorHarness(UpsSimulator sim, ContractProxy contract, UpsClientConfig config) {
        this.sim = sim;
        this.contract = contract;
        this.tokens = TokenManagerRegistry.unshared(config);
        this.clients = UpsClients.create(config, tokens);
    }

    static SimulatorHarness start() {
        return start(b -> { }, c -> { });
    }

    static SimulatorHarness start(Consumer<UpsSimulator.Builder> simulator, Consumer<UpsClientConfig.Builder> client) {
        UpsSimulator.Builder simBuilder = UpsSimulator.builder().port(0).client(CLIENT_ID, CLIENT_SECRET)
                .accountNumber(ACCOUNT).seed(7);
        simulator.accept(simBuilder);
        UpsSimulator sim = simBuilder.start();
        ContractProxy contract = new ContractProxy(UpsContract.get(), sim.baseUrl());
        UpsClientConfig.Builder config = UpsClientConfig.builder()
                .baseUrl(contract.baseUrl())
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
        return new SimulatorHarness(sim, contract, config.build());
    }

    void assertContractKept() {
        assertThat(contract.violations()).as("UPS OpenAPI contract violations").isEmpty();
        assertThat(contract.responsesChecked()).as("responses validated").isPositive();
    }

    @Override
    public void close() {
        clients.close();
        contract.close();
        sim.close();
    }
}
