package dev.x3ups.x3.client.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.x3ups.client.Secret;
import dev.x3ups.records.Order;
import dev.x3ups.records.OrderKind;
import dev.x3ups.x3.client.OrderFeed;
import dev.x3ups.x3.client.OrderPage;
import dev.x3ups.x3.client.OrderSelection;
import dev.x3ups.x3.client.X3AuthenticationException;
import dev.x3ups.x3.client.X3Client;
import dev.x3ups.x3.client.X3ClientConfig;
import dev.x3ups.x3.client.X3Exception;
import dev.x3ups.x3.client.X3RejectedException;
import dev.x3ups.x3.client.X3Representation;
import dev.x3ups.x3.client.X3TransientException;
import dev.x3ups.x3.client.auth.BasicCredentials;
import dev.x3ups.x3.simulator.X3Simulator;
import dev.x3ups.x3.simulator.api1.DimensionStyle;
import dev.x3ups.x3.simulator.data.PurchaseOrderDraft;
import dev.x3ups.x3.simulator.data.SalesOrderDraft;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The api1 order feed against the X3 simulator with Basic authentication. */
class RestFeedOnSimulatorTest {
    private static final Instant START = Instant.parse("2025-01-15T10:00:00Z");

    private X3Simulator sim;

    @AfterEach
    void stop() {
        if (sim != null) {
            sim.close();
        }
    }

    private X3Simulator start(DimensionStyle style) {
        sim = X3Simulator.builder().port(0).dataClockStart(START).dimensionStyle(style).start();
        sim.clock().freeze();
        return sim;
    }

    private X3ClientConfig.Builder config(String password) {
        return X3ClientConfig.builder().baseUrl(sim.baseUrl()).endpoint("SEED")
                .credentials(new BasicCredentials(X3Simulator.DEFAULT_USER, Secret.of(password)));
    }

    private static List<Order> walk(OrderFeed feed, OrderKind kind, Instant since, OrderSelection selection,
                                    int pageSize) throws X3Exception {
        List<Order> orders = new ArrayList<>();
        OrderPage page = feed.firstPage(kind, since, selection, pageSize);
        orders.addAll(page.orders());
        while (page.hasNext()) {
            page = feed.nextPage(page);
            orders.addAll(page.orders());
        }
        return orders;
    }

    @Test
    void ordersSharingOneTimestampArriveOnceAcrossPagesWithTheirLines() throws Exception {
        start(DimensionStyle.ARRAY);
        sim.clock().advance(Duration.ofMinutes(1));
        List<String> created = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            created.add(sim.admin().createSalesOrder(SalesOrderDraft.forCustomer("C0001").line("IT0001", 2)
                    .line("IT0003", 1)).number());
        }
        Instant since = START.plusSeconds(30);

        try (OrderFeed feed = X3Client.orderFeed(config(X3Simulator.DEFAULT_PASSWORD).build())) {
            List<Order> orders = walk(feed, OrderKind.SALES, since, OrderSelection.ALL, 3);

            assertThat(orders).extracting(Order::number).containsExactlyElementsOf(created);
            assertThat(orders).allSatisfy(order -> {
                assertThat(order.revision()).isEqualTo(START.plus(Duration.ofMinutes(1)));
                assertThat(order.lines()).hasSize(2);
                assertThat(order.shipTo().countryCode()).isNotEmpty();
                assertThat(order.shipTo().lines()).isNotEmpty();
                assertThat(order.lines().get(0).item()).isEqualTo("IT0001");
            });
        }
        assertThat(sim.counters().get("api1.GET.SORDER.SORDER.$details")).as("standard rows need details").isEqualTo(7);
    }

    @Test
    void theShippingFeedRepresentationNeedsNoDetailsReads() throws Exception {
        start(DimensionStyle.INDEXED);
        sim.clock().advance(Duration.ofMinutes(1));
        String number = sim.admin().createSalesOrder(SalesOrderDraft.forCustomer("C0002").site("MIS")
                .deliveryMode("USTD").customerReference("PO-77").line("IT0002", 3)).number();
        X3ClientConfig config = config(X3Simulator.DEFAULT_PASSWORD)
                .representation(OrderKind.SALES, X3Representation.of("SORDER", "YSOSHIP")).build();

        try (OrderFeed feed = X3Client.orderFeed(config)) {
            List<Order> orders = walk(feed, OrderKind.SALES, START.plusSeconds(30), OrderSelection.ALL, 20);

            assertThat(orders).singleElement().satisfies(order -> {
                assertThat(order.number()).isEqualTo(number);
                assertThat(order.site()).isEqualTo("MIS");
                assertThat(order.deliveryMode()).isEqualTo("USTD");
                assertThat(order.customerReference()).isEqualTo("PO-77");
                assertThat(order.status()).isEqualTo("OPEN");
                assertThat(order.shipTo().name()).isNotBlank();
                assertThat(order.shipTo().lines()).as("indexed BPDADDLIG_n").isNotEmpty();
                assertThat(order.lines()).singleElement().satisfies(line -> {
                    assertThat(line.quantity()).isEqualByComparingTo("3");
                    assertThat(line.lineWeight()).isPositive();
                    assertThat(line.weightUnit()).isNotBlank();
                });
            });
        }
        assertThat(sim.counters().get("api1.GET.SORDER.YSOSHIP.$details")).isZero();
    }

    @Test
    void aModifiedOrderComesBackWithItsNewRevisionAndSelectionFilters() throws Exception {
        start(DimensionStyle.ARRAY);
        sim.clock().advance(Duration.ofMinutes(1));
        String atl = sim.admin().createSalesOrder(SalesOrderDraft.forCustomer("C0001").site("ATL").line("IT0001", 1)).number();
        String rno = sim.admin().createSalesOrder(SalesOrderDraft.forCustomer("C0001").site("RNO").line("IT0001", 1)).number();
        sim.clock().advance(Duration.ofMinutes(1));
        Instant afterCreate = sim.clock().now();
        sim.admin().modifySalesOrder(atl, Map.of("BPDADDLIG", List.of("1 New St", "", "")));

        try (OrderFeed feed = X3Client.orderFeed(config(X3Simulator.DEFAULT_PASSWORD).build())) {
            List<Order> changed = walk(feed, OrderKind.SALES, afterCreate, OrderSelection.ALL, 20);
            assertThat(changed).singleElement().satisfies(order -> {
                assertThat(order.number()).isEqualTo(atl);
                assertThat(order.revision()).isEqualTo(afterCreate);
                assertThat(order.shipTo().lines()).containsExactly("1 New St");
            });

            OrderSelection renoOpen = new OrderSelection(Set.of("1"), Set.of(), Set.of(), Set.of("RNO"), "BPCORD eq 'C0001'");
            assertThat(walk(feed, OrderKind.SALES, START.plusSeconds(30), renoOpen, 20))
                    .extracting(Order::number).containsExactly(rno);
        }
    }

    @Test
    void withdrawnOrdersPassTheOpenStatusFilterOnlyFromTheCancellationBound() throws Exception {
        start(DimensionStyle.ARRAY);
        sim.clock().advance(Duration.ofMinutes(1));
        String early = sim.admin().createSalesOrder(SalesOrderDraft.forCustomer("C0001").line("IT0001", 1)).number();
        sim.admin().cancel(dev.x3ups.x3.simulator.data.OrderKind.SALES, early);
        sim.clock().advance(Duration.ofMinutes(1));
        Instant bound = sim.clock().now();
        String cancelled = sim.admin().createSalesOrder(SalesOrderDraft.forCustomer("C0001").line("IT0001", 1)).number();
        String linesClosed = sim.admin().createSalesOrder(SalesOrderDraft.forCustomer("C0001").line("IT0001", 1)
                .line("IT0003", 1)).number();
        String linesRemoved = sim.admin().createPurchaseOrder(PurchaseOrderDraft.forSupplier("S0002")
                .line("IT0003", 4)).number();
        sim.clock().advance(Duration.ofMinutes(1));
        sim.admin().cancel(dev.x3ups.x3.simulator.data.OrderKind.SALES, cancelled);
        sim.admin().closeLine(dev.x3ups.x3.simulator.data.OrderKind.SALES, linesClosed, 1000);
        sim.admin().closeLine(dev.x3ups.x3.simulator.data.OrderKind.SALES, linesClosed, 2000);
        sim.admin().removeLine(dev.x3ups.x3.simulator.data.OrderKind.PURCHASE, linesRemoved, 1000);
        OrderSelection open = new OrderSelection(Set.of("1"), Set.of(), Set.of(), Set.of(), null)
                .withCancellationsSince(bound);

        try (OrderFeed feed = X3Client.orderFeed(config(X3Simulator.DEFAULT_PASSWORD).build())) {
            List<Order> sales = walk(feed, OrderKind.SALES, START, open, 10);
            assertThat(sales).filteredOn(Order::isCancelled).extracting(Order::number)
                    .as("closed before the bound: never announced").containsExactly(cancelled, linesClosed);
            assertThat(sales).extracting(Order::number).doesNotContain(early);
            assertThat(walk(feed, OrderKind.PURCHASE, START, open, 10)).filteredOn(Order::isCancelled)
                    .extracting(Order::number).containsExactly(linesRemoved);
        }
    }

    @Test
    void purchaseOrdersShipFromTheSupplierToTheReceivingSite() throws Exception {
        start(DimensionStyle.ARRAY);
        sim.clock().advance(Duration.ofMinutes(1));
        String number = sim.admin().createPurchaseOrder(PurchaseOrderDraft.forSupplier("S0001").receivingSite("ATL")
                .line("IT0003", 10)).number();
        X3ClientConfig config = config(X3Simulator.DEFAULT_PASSWORD)
                .representation(OrderKind.PURCHASE, X3Representation.of("PORDER", "YPOSHIP")).build();

        try (OrderFeed feed = X3Client.orderFeed(config)) {
            List<Order> orders = walk(feed, OrderKind.PURCHASE, START.plusSeconds(30), OrderSelection.ALL, 20);

            assertThat(orders).singleElement().satisfies(order -> {
                assertThat(order.number()).isEqualTo(number);
                assertThat(order.kind()).isEqualTo(OrderKind.PURCHASE);
                assertThat(order.site()).isEqualTo("ATL");
                assertThat(order.partyCode()).isEqualTo("S0001");
                assertThat(order.shipFrom().name()).isNotBlank();
                assertThat(order.shipTo().city()).isEqualTo("Atlanta");
                assertThat(order.shipTo().stateProvince()).isEqualTo("GA");
                assertThat(order.lines()).singleElement().satisfies(l -> assertThat(l.item()).isEqualTo("IT0003"));
            });
        }
    }

    @Test
    void wrongPasswordFaultsAndUnknownFieldsGiveTypedErrors() throws Exception {
        start(DimensionStyle.ARRAY);
        try (OrderFeed feed = X3Client.orderFeed(config("not-the-password").build())) {
            assertThatThrownBy(feed::checkAccess).isInstanceOf(X3AuthenticationException.class)
                    .hasMessageNotContaining("not-the-password");
        }
        try (OrderFeed feed = X3Client.orderFeed(config(X3Simulator.DEFAULT_PASSWORD).build())) {
            OrderSelection bad = new OrderSelection(Set.of(), Set.of(), Set.of(), Set.of(), "NOSUCHFIELD eq 'x'");
            assertThatThrownBy(() -> feed.firstPage(OrderKind.SALES, START, bad, 5))
                    .isInstanceOf(X3RejectedException.class).hasMessageContaining("NOSUCHFIELD");

            sim.faults().diagnosesRate(1.0);
            assertThatThrownBy(() -> feed.firstPage(OrderKind.SALES, START, OrderSelection.ALL, 5))
                    .isInstanceOf(X3TransientException.class).hasMessageContaining("pool is busy");

            sim.faults().clear();
            sim.faults().errorRate(1.0);
            assertThatThrownBy(() -> feed.firstPage(OrderKind.SALES, START, OrderSelection.ALL, 5))
                    .isInstanceOf(X3TransientException.class);

            sim.faults().clear();
            assertThat(feed.firstPage(OrderKind.SALES, START.minus(Duration.ofDays(4)), OrderSelection.ALL, 5).orders())
                    .as("recovers once the fault is gone").hasSize(5);
        }
    }
}
