package dev.x3ups.ups.client.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.x3ups.ups.client.http.UpsHttp;
import dev.x3ups.ups.client.track.TrackResult;
import dev.x3ups.ups.simulator.ApiEndpoint;
import dev.x3ups.ups.simulator.fault.FaultSpec;
import dev.x3ups.ups.simulator.fault.Latency;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** One caller thread keeps 64 slow calls in flight at once against the simulator, on a fixed handful of threads. */
class ConcurrencyContractTest {
    private SimulatorHarness harness;

    @BeforeEach
    void start() {
        harness = SimulatorHarness.start();
    }

    @AfterEach
    void stop() {
        harness.close();
    }

    @Test
    void sixtyFourSlowCallsOverlapInsteadOfQueueing() throws Exception {
        harness.clients.track().details("1ZA1B2C30399999990").get(10, TimeUnit.SECONDS); // token and connection warm
        harness.sim.faults().set(ApiEndpoint.TRACK, FaultSpec.none().withLatency(Latency.fixed(Duration.ofMillis(1500))));

        // other test classes' clients may still hold idle threads of the same name: count what the burst adds
        long threadsBefore = upsHttpThreads();
        long start = System.nanoTime();
        List<CompletableFuture<TrackResult>> calls = new ArrayList<>();
        for (int i = 0; i < 64; i++) {
            calls.add(harness.clients.track().details("1ZA1B2C30399999990"));
        }
        await().atMost(Duration.ofSeconds(5)).until(() -> harness.clients.inFlight() == 64);
        // NIO: the 64 waiting calls hold sockets, not threads
        assertThat(upsHttpThreads() - threadsBefore).isLessThanOrEqualTo(UpsHttp.THREADS);
        CompletableFuture.allOf(calls.toArray(CompletableFuture[]::new)).get(30, TimeUnit.SECONDS);
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        // sequentially this would take 64 x 1.5 s; overlapped it takes a few multiples of 1.5 s at most
        assertThat(took).isLessThan(Duration.ofSeconds(12));
        assertThat(harness.clients.inFlight()).isZero();
        harness.assertContractKept();
    }

    private static long upsHttpThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(thread -> thread.isAlive() && thread.getName().startsWith("ups-http-")).count();
    }
}
