package dev.x3ups.quickstart.orders;

import dev.x3ups.x3.simulator.X3Simulator;
import dev.x3ups.x3.simulator.admin.X3Admin;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class OrderFactoryTest {

    private final X3Simulator x3 = X3Simulator.builder().port(0).salesOrders(0).purchaseOrders(0).start();
    private final X3Admin admin = x3.admin();
    private final SeededOrders book = new SeededOrders();
    private final OrderFactory factory = new OrderFactory(admin, book, 42);

    @AfterEach
    void stop() {
        x3.close();
    }

    @Test
    void createsSalesAndPurchaseOrdersAllShippedByUps() {
        List<OrderRef> created = factory.create(40, 0.25, 0.0);

        assertThat(created).hasSize(40);
        assertThat(created).filteredOn(o -> o.kind() == OrderRef.Kind.PURCHASE).hasSize(10);
        assertThat(book.all()).isEqualTo(created);
        assertThat(admin.salesOrders()).allSatisfy(o -> assertThat(o.text("BPTNUM")).isEqualTo("UPS"));
        assertThat(admin.purchaseOrders()).allSatisfy(o -> assertThat(o.text("BPTNUM")).isEqualTo("UPS"));
        assertThat(admin.salesOrders()).extracting(o -> o.text("STOFCY")).contains("ATL", "RNO", "MIS");
    }

    @Test
    void purchaseOrdersAreParcelSizedAndShipOnAServiceOfTheirLane() {
        factory.create(12, 1.0, 0.0);

        assertThat(admin.purchaseOrders()).hasSize(12).allSatisfy(o -> {
            assertThat(o.lines()).hasSizeBetween(1, 3);
            assertThat(o.lines()).allSatisfy(l ->
                    assertThat(((Number) l.get("QTYPUU")).doubleValue()).isBetween(1.0, 4.0));
            assertThat(o.text("MDL")).isIn("UGND", "USTD", "UWEX");
        });
        assertThat(admin.purchaseOrders()).extracting(o -> o.text("RCPFCY")).contains("ATL", "RNO", "MIS");
    }

    @Test
    void marksTheOrdersMadeUnshippable() {
        List<OrderRef> created = factory.create(20, 0.0, 0.25);

        assertThat(created).filteredOn(OrderRef::bad).hasSize(5);
    }

    @Test
    void laterBatchesAreNewOrdersNotRepeats() {
        factory.create(3, 0.0, 0.0);
        factory.create(3, 0.0, 0.0);

        assertThat(book.all()).extracting(OrderRef::number).doesNotHaveDuplicates().hasSize(6);
        assertThat(book.all().get(0).key("SEED")).isEqualTo("SEED:SALES:SO000001");
    }

    @Test
    void arrivalsAddOneOrderEach() {
        OrderArrivals arrivals = new OrderArrivals(factory, 0.5, 0.0, 1, e -> { throw new AssertionError(e); });

        arrivals.arrive();
        arrivals.arrive();

        assertThat(book.all()).hasSize(2);
    }

    @Test
    void anArrivalThatFailsIsReportedNotThrown() {
        x3.close();
        java.util.List<Exception> errors = new java.util.ArrayList<>();
        OrderArrivals arrivals = new OrderArrivals(new OrderFactory(null, book, 1), 0, 0, 1, errors::add);

        arrivals.arrive();

        assertThat(errors).hasSize(1);
    }
}
