package dev.x3ups.x3.simulator.fault;

import static dev.x3ups.x3.simulator.TestHttp.basicDefault;
import static dev.x3ups.x3.simulator.TestHttp.json;
import static org.assertj.core.api.Assertions.assertThat;

import dev.x3ups.x3.simulator.TestHttp;
import dev.x3ups.x3.simulator.X3Simulator;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FaultsHttpTest {

    private static X3Simulator sim;
    private final TestHttp http = new TestHttp();

    @BeforeAll
    static void start() {
        sim = X3Simulator.builder().salesOrders(3).purchaseOrders(0).start();
    }

    @AfterAll
    static void stop() {
        sim.close();
    }

    @BeforeEach
    void reset() {
        sim.faults().clear();
        sim.counters().reset();
    }

    private HttpResponse<String> query() {
        return http.get(sim.api1Url("SEED") + "/SORDER?representation=SORDER.$query", basicDefault());
    }

    @Test
    void serverErrorsCarryDiagnoses() {
        sim.faults().errorRate(1.0);
        HttpResponse<String> r = query();
        assertThat(r.statusCode()).isEqualTo(500);
        assertThat(json(r).at("/$diagnoses/0/$severity").asText()).isEqualTo("error");
        sim.faults().clear();
        assertThat(query().statusCode()).isEqualTo(200);
    }

    @Test
    void diagnosesInsideA200() {
        sim.faults().diagnosesRate(1.0);
        HttpResponse<String> r = query();
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(json(r).has("$resources")).isFalse();
        assertThat(json(r).at("/$diagnoses/0/$severity").asText()).isEqualTo("error");
    }

    @Test
    void latencyIsAddedToAnswers() {
        sim.faults().latency(Duration.ofMillis(300));
        long start = System.nanoTime();
        assertThat(query().statusCode()).isEqualTo(200);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(300));
    }

    @Test
    void licenceThrottleEndsIn503() {
        sim.faults().throttle(new Throttle(1, 1, 50));
        assertThat(query().statusCode()).isEqualTo(200);
        assertThat(query().statusCode()).isEqualTo(200);
        HttpResponse<String> refused = query();
        assertThat(refused.statusCode()).isEqualTo(503);
        assertThat(json(refused).at("/$diagnoses/0/$message").asText()).contains("licence");
        assertThat(sim.counters().get("fault.throttled")).isEqualTo(2);
    }

    @Test
    void countersPerEndpointAreReadableOverHttp() {
        query();
        query();
        http.get(sim.api1Url("SEED") + "/SORDER('SO000001')?representation=SORDER.$details", basicDefault());
        http.get(sim.api1Url("SEED") + "/SORDER?representation=SORDER.$query", null);
        assertThat(sim.counters().get("api1.GET.SORDER.SORDER.$query")).isEqualTo(3);
        assertThat(sim.counters().get("api1.GET.SORDER.SORDER.$details")).isEqualTo(1);
        assertThat(sim.counters().get("auth.rejected")).isEqualTo(1);
        HttpResponse<String> counters = http.get(sim.baseUrl() + "/admin/counters", null);
        assertThat(json(counters).get("api1.GET.SORDER.SORDER.$query").asLong()).isEqualTo(3);
        assertThat(http.send("DELETE", sim.baseUrl() + "/admin/counters", null, null).statusCode()).isEqualTo(204);
        assertThat(sim.counters().snapshot()).isEmpty();
    }
}
