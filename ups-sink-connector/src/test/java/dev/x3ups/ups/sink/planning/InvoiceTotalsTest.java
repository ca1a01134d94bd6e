package dev.x3ups.ups.sink.planning;

import static dev.x3ups.ups.sink.planning.TestOrders.customerCa;
import static dev.x3ups.ups.sink.planning.TestOrders.oneKilo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.x3ups.records.Order;
import dev.x3ups.records.OrderKind;
import dev.x3ups.ups.client.ship.Money;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class InvoiceTotalsTest {

    @Test
    void usToCanadaAndPuertoRicoDeclareTheTotalRoundedUpToAWholeUnit() throws Exception {
        assertThat(InvoiceTotals.forLane(order("199.10", "usd"), "US", "CA")).isEqualTo(new Money("USD", new BigDecimal("200")));
        assertThat(InvoiceTotals.forLane(order("0.25", "USD"), "US", "PR")).isEqualTo(new Money("USD", BigDecimal.ONE));
    }

    @Test
    void otherLanesTakeNone() throws Exception {
        assertThat(InvoiceTotals.forLane(order("199.10", "USD"), "US", "US")).isNull();
        assertThat(InvoiceTotals.forLane(order("199.10", "CAD"), "CA", "US")).isNull();
        assertThat(InvoiceTotals.forLane(order(null, null), "US", "DE")).isNull();
    }

    @Test
    void aMissingTotalWhereUpsRequiresOneIsRefused() {
        assertThatThrownBy(() -> InvoiceTotals.forLane(order(null, "USD"), "US", "CA"))
                .isInstanceOf(UnshippableOrderException.class)
                .hasMessage("UPS requires the invoice total for US to CA shipments; the order has no total in 'USD'")
                .satisfies(e -> assertThat(((UnshippableOrderException) e).code())
                        .isEqualTo(UnshippableOrderException.NO_INVOICE_TOTAL));
        assertThatThrownBy(() -> InvoiceTotals.forLane(order("10", null), "US", "PR"))
                .hasMessageEndingWith("the order has total 10 in no currency");
        assertThatThrownBy(() -> InvoiceTotals.forLane(order("100000000", "USD"), "US", "CA"))
                .hasMessageContaining("over UPS's invoice line total limit");
    }

    private static Order order(String total, String currency) {
        return new Order(OrderKind.SALES, "SEED", "SO000101", "ATL", TestOrders.REVISION, "C0001", null, customerCa(),
                List.of(oneKilo()), total == null ? null : new BigDecimal(total), currency, "USTD", "UPS", "OPEN", null);
    }
}
