package dev.x3ups.x3.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.x3ups.x3.simulator.data.SalesOrderDraft;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Many clients reading while orders change: every answer is whole and every request is counted. */
class ConcurrencyHttpTest {

    @Test
    void parallelReadersAndWritersAreServedConsistently() {
        try (X3Simulator sim = X3Simulator.builder().salesOrders(40).purchaseOrders(0).start()) {
            TestHttp http = new TestHttp();
            ExecutorService pool = Executors.newFixedThreadPool(6);
            List<Integer> statuses = new CopyOnWriteArrayList<>();
            AtomicInteger created = new AtomicInteger();
            String url = sim.api1Url("SEED") + "/SORDER?representation=YSOSHIP.$query&count=50&orderBy="
                    + TestHttp.enc("UPDDATTIM desc");
            for (int t = 0; t < 4; t++) {
                pool.execute(() -> {
                    for (int i = 0; i < 10; i++) {
                        var r = http.get(url, TestHttp.basicDefault());
                        statuses.add(r.statusCode());
                        assertThat(TestHttp.json(r).get("$resources").size()).isPositive();
                    }
                });
            }
            pool.execute(() -> {
                for (int i = 0; i < 30; i++) {
                    sim.admin().createSalesOrder(SalesOrderDraft.forCustomer("C0005").line("IT0004", 1));
                    created.incrementAndGet();
                }
            });
            pool.shutdown();
            await().atMost(Duration.ofSeconds(60)).until(pool::isTerminated);
            assertThat(statuses).hasSize(40).containsOnly(200);
            assertThat(created.get()).isEqualTo(30);
            assertThat(sim.admin().salesOrders()).hasSize(70);
            assertThat(sim.counters().get("api1.GET.SORDER.YSOSHIP.$query")).isEqualTo(40);
        }
    }
}
