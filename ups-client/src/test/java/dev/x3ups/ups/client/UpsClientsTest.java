package dev.x3ups.ups.client;

import static org.assertj.core.api.Assertions.assertThat;

import dev.x3ups.ups.simulator.ApiEndpoint;
import dev.x3ups.ups.simulator.UpsSimulator;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class UpsClientsTest {

    @Test
    void tasksOfOneJvmShareTheTokenOfTheirClientId() throws Exception {
        try (UpsSimulator sim = UpsSimulator.builder().port(0).start()) {
            UpsClientConfig config = UpsClientConfig.builder().baseUrl(sim.baseUrl()).clientId("sim-client-id")
                    .clientSecret("sim-client-secret").accountNumber("A1B2C3").build();
            try (UpsClients task1 = UpsClients.create(config); UpsClients task2 = UpsClients.create(config)) {
                task1.track().details("1ZA1B2C30399999990").get(10, TimeUnit.SECONDS);
                task2.track().details("1ZA1B2C30399999990").get(10, TimeUnit.SECONDS);
                assertThat(sim.counters().count(ApiEndpoint.TOKEN)).isEqualTo(1);
                assertThat(task1.tokenMetrics().tokenRequests()).isEqualTo(1);
                assertThat(task2.tokenMetrics()).isEqualTo(task1.tokenMetrics());
            }
        }
    }
}
