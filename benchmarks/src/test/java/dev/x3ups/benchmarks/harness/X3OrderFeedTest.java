package dev.x3ups.benchmarks.harness;

import static org.assertj.core.api.Assertions.assertThat;

import dev.x3ups.x3.simulator.X3Simulator;
import dev.x3ups.x3.simulator.data.OrderRecord;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class X3OrderFeedTest {

    @Test
    void createsShippableUpsGroundOrdersAndRemembersWhen() {
        try (X3Simulator x3 = Simulators.x3(Duration.ZERO)) {
            AtomicLong clock = new AtomicLong(1_000);
            X3OrderFeed feed = new X3OrderFeed(x3.admin(), () -> clock.addAndGet(10));
            List<String> keys = feed.create(4);

            assertThat(keys).hasSize(4).allMatch(k -> k.startsWith("SEED:SALES:SO"));
            assertThat(feed.createdAt()).hasSize(4).containsEntry(keys.get(0), 1_010L).containsEntry(keys.get(3), 1_040L);
            List<OrderRecord> orders = x3.admin().salesOrders();
            assertThat(orders).hasSize(4);
            assertThat(orders).allSatisfy(o -> {
                assertThat(o.get("MDL")).isEqualTo("UGND");
                assertThat(o.get("BPTNUM")).isEqualTo("UPS");
                assertThat(o.get("BPDCRY")).isEqualTo("US");
            });
            assertThat(X3OrderFeed.number(keys.get(0))).isEqualTo(orders.get(0).number());
        }
    }
}
