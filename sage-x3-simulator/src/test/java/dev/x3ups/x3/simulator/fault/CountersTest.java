package dev.x3ups.x3.simulator.fault;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class CountersTest {

    @Test
    void countsConcurrentlyAndResets() throws InterruptedException {
        Counters c = new Counters();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        for (int i = 0; i < 1000; i++) {
            pool.execute(() -> c.increment("api1.GET.SORDER.SORDER.$query"));
        }
        pool.shutdown();
        assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
        c.increment("token.client_credentials");
        assertThat(c.get("api1.GET.SORDER.SORDER.$query")).isEqualTo(1000);
        assertThat(c.snapshot()).containsKeys("api1.GET.SORDER.SORDER.$query", "token.client_credentials");
        assertThat(c.get("never")).isZero();
        c.reset();
        assertThat(c.snapshot()).isEmpty();
    }
}
