package dev.x3ups.it.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.x3ups.x3.simulator.X3Simulator;
import dev.x3ups.x3.simulator.data.Item;
import dev.x3ups.x3.simulator.data.OrderRecord;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class OrderFeedTest {

    private final X3Simulator x3 = X3Simulator.builder().port(0).salesOrders(0).purchaseOrders(0).start();
    private final OrderFeed feed = new OrderFeed(x3.admin(), 7);

    @AfterEach
    void close() {
        x3.close();
    }

    @Test
    void createsSalesAndPurchaseOrdersWithTheirShareOfBadOnes() {
        List<ExpectedOrder> batch = feed.createBatch(20, 10, 0.1);

        assertThat(batch).hasSize(30);
        assertThat(batch.stream().filter(o -> o.kind().equals("SALES"))).hasSize(20);
        assertThat(batch.stream().filter(o -> o.kind().equals("SALES") && o.bad())).hasSize(2);
        assertThat(batch.stream().filter(o -> o.kind().equals("PURCHASE") && o.bad())).hasSize(1);
        assertThat(x3.admin().salesOrders()).hasSize(20);
        assertThat(x3.admin().purchaseOrders()).hasSize(10);
        assertThat(feed.created()).isEqualTo(batch);
    }

    @Test
    void everyOrderGoesWithUps() {
        feed.createBatch(30, 5, 0.0);

        assertThat(x3.admin().salesOrders()).allSatisfy(o -> assertThat(o.text("BPTNUM")).isEqualTo("UPS"));
        assertThat(x3.admin().salesOrders()).allSatisfy(o -> assertThat(o.text("MDL")).isNotEqualTo("PICK"));
    }

    @Test
    void aBadPurchaseOrderHasALineWithoutWeightAndAGoodOneNone() {
        List<ExpectedOrder> batch = feed.createBatch(0, 10, 0.1);
        Set<String> unweighed = x3.admin().folder().master().items().stream().filter(i -> !i.hasWeight())
                .map(Item::code).collect(Collectors.toSet());

        for (ExpectedOrder order : batch) {
            OrderRecord record = x3.admin().purchaseOrder(order.number()).orElseThrow();
            boolean hasUnweighed = record.lines().stream().anyMatch(l -> unweighed.contains(String.valueOf(l.get("ITMREF"))));
            assertThat(hasUnweighed).as(order.number()).isEqualTo(order.bad());
        }
    }

    @Test
    void theBadShareOfPurchaseOrdersHoldsAcrossSmallBatches() {
        int bad = 0;
        for (int i = 0; i < 4; i++) {
            bad += (int) feed.createBatch(0, 5, 0.1).stream().filter(ExpectedOrder::bad).count();
        }

        assertThat(bad).isEqualTo(2);
    }

    @Test
    void theServiceFitsTheLane() {
        assertThat(OrderFeed.service("US", "US")).isEqualTo("UGND");
        assertThat(OrderFeed.service("CA", "US")).isEqualTo("USTD");
        assertThat(OrderFeed.service("CA", "CA")).isEqualTo("USTD");
        assertThat(OrderFeed.service("DE", "US")).isEqualTo("UWEX");
        assertThat(OrderFeed.service("US", "GB")).isEqualTo("UWEX");
    }
}
