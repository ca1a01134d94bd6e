package dev.x3ups.quickstart.orders;

import static org.assertj.core.api.Assertions.assertThat;

import dev.x3ups.ups.simulator.address.AddressBook;
import dev.x3ups.ups.simulator.address.BookAddress;
import dev.x3ups.ups.simulator.address.Verdict;
import dev.x3ups.x3.simulator.X3Simulator;
import dev.x3ups.x3.simulator.admin.X3Admin;
import dev.x3ups.x3.simulator.data.OrderRecord;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class UncertainAddressesTest {
    private final X3Simulator x3 = X3Simulator.builder().port(0).salesOrders(0).purchaseOrders(0).start();
    private final X3Admin admin = x3.admin();

    @AfterEach
    void stop() {
        x3.close();
    }

    @Test
    void movesShippableUsSalesOrdersToAddressesTheUpsBookFindsAmbiguousOrUnknown() {
        List<OrderRef> created = new OrderFactory(admin, new SeededOrders(), 42).create(30, 0.2, 0.1);

        List<OrderRef> moved = UncertainAddresses.seed(admin, created, 3);

        assertThat(moved).hasSize(3).allSatisfy(o -> {
            assertThat(o.kind()).isEqualTo(OrderRef.Kind.SALES);
            assertThat(o.bad()).isFalse();
        });
        for (int i = 0; i < moved.size(); i++) {
            OrderRecord order = admin.salesOrder(moved.get(i).number()).orElseThrow();
            BookAddress expected = UncertainAddresses.addresses().get(i);
            assertThat(order.text("STOFCY")).isIn("ATL", "RNO");
            assertThat((List<?>) order.get("BPDADDLIG")).first().isEqualTo(expected.lines().get(0)); // X3 pads to 3
            assertThat(order.text("BPDPOSCOD")).isEqualTo(expected.postalCode());
            assertThat(order.text("BPDCRY")).isEqualTo("US");
            assertThat(new AddressBook().find(expected)).isEmpty();
            assertThat(AddressBook.seeded().find(expected)).get().extracting(e -> e.verdict())
                    .isIn(Verdict.AMBIGUOUS, Verdict.NO_CANDIDATES);
        }
    }
}
