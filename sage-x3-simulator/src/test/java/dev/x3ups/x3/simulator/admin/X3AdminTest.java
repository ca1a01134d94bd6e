package dev.x3ups.x3.simulator.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.x3ups.testing.MutableClock;
import dev.x3ups.x3.simulator.data.Folder;
import dev.x3ups.x3.simulator.data.SeedData;
import dev.x3ups.x3.simulator.data.SimClock;
import dev.x3ups.x3.simulator.data.OrderKind;
import dev.x3ups.x3.simulator.data.OrderRecord;
import dev.x3ups.x3.simulator.data.PurchaseOrderDraft;
import dev.x3ups.x3.simulator.data.SalesOrderDraft;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;

class X3AdminTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2025-01-15T10:00:00Z"));

    private X3Admin admin() {
        return new X3Admin(new Folder("SEED", SeedData.masterData(), new SimClock(clock, null)));
    }

    @Test
    void generatesTheRequestedShareOfBadOrdersDeterministically() {
        GeneratedOrders a = admin().generate(new GeneratorRequest(20, 5, 0.25, 11));
        assertThat(a.sales()).hasSize(20);
        assertThat(a.purchase()).hasSize(5);
        assertThat(a.bad()).hasSize(5);
        assertThat(a.sales()).containsAll(a.bad());
        assertThat(admin().generate(new GeneratorRequest(20, 5, 0.25, 11))).isEqualTo(a);
        assertThat(admin().generate(new GeneratorRequest(3, 0, 0, 1)).bad()).isEmpty();
    }

    @Test
    void modifyingAMissingOrderSaysSo() {
        assertThatThrownBy(() -> admin().modifySalesOrder("SO000404", Map.of("ORDSTA", 2)))
                .isInstanceOf(NoSuchElementException.class);
        assertThatThrownBy(() -> new GeneratorRequest(1, 1, 2, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void cancellingClosesTheOrderButNotItsDeliveryStatusAndStampsIt() {
        X3Admin admin = admin();
        OrderRecord sales = admin.createSalesOrder(SalesOrderDraft.forCustomer("C0001").line("IT0001", 1));
        OrderRecord purchase = admin.createPurchaseOrder(PurchaseOrderDraft.forSupplier("S0002").line("IT0003", 4));
        clock.advance(Duration.ofSeconds(5));

        OrderRecord cancelled = admin.cancel(OrderKind.SALES, sales.number());
        assertThat(cancelled.get("ORDSTA")).isEqualTo(2);
        assertThat(cancelled.get("DLVSTA")).as("nothing was delivered").isEqualTo(1);
        assertThat(cancelled.updated()).isEqualTo(sales.updated().plusSeconds(5));
        assertThat(admin.salesOrder(sales.number()).orElseThrow().get("ORDSTA")).isEqualTo(2);
        assertThat(admin.cancel(OrderKind.PURCHASE, purchase.number()).get("CLEFLG")).isEqualTo(2);
        assertThatThrownBy(() -> admin.cancel(OrderKind.SALES, "SO000404")).isInstanceOf(NoSuchElementException.class);
    }

    @Test
    void linesAreClosedOrRemovedByTheirNumber() {
        X3Admin admin = admin();
        OrderRecord sales = admin.createSalesOrder(SalesOrderDraft.forCustomer("C0001").line("IT0001", 1)
                .line("IT0003", 2));
        OrderRecord purchase = admin.createPurchaseOrder(PurchaseOrderDraft.forSupplier("S0002").line("IT0003", 4));
        clock.advance(Duration.ofSeconds(5));

        OrderRecord closed = admin.closeLine(OrderKind.SALES, sales.number(), 2000);
        assertThat(closed.lines()).extracting(l -> l.get("SOQSTA")).containsExactly(1, 3);
        assertThat(closed.updated()).isAfter(sales.updated());
        assertThat(closed.get("ORDSTA")).as("one line still open").isEqualTo(sales.get("ORDSTA"));
        OrderRecord removed = admin.removeLine(OrderKind.SALES, sales.number(), 1000);
        assertThat(removed.lines()).extracting(l -> l.get("SOPLIN")).containsExactly(2000);
        assertThat((java.math.BigDecimal) removed.get("DSPTOTWEI"))
                .as("the removed line's weight leaves the header total")
                .isEqualByComparingTo(((java.math.BigDecimal) sales.get("DSPTOTWEI"))
                        .subtract((java.math.BigDecimal) sales.lines().get(0).get("DSPLINWEI")));
        assertThat(removed.get("ORDSTA")).as("no open line left: X3 closes the order").isEqualTo(2);
        OrderRecord purchaseClosed = admin.closeLine(OrderKind.PURCHASE, purchase.number(), 1000);
        assertThat(purchaseClosed.lines().get(0).get("LINCLEFLG")).isEqualTo(2);
        assertThat(purchaseClosed.lines().get(0).get("LINSTA")).isEqualTo(3);
        assertThat(purchaseClosed.get("CLEFLG")).as("its only line closed: the order is closed").isEqualTo(2);
        assertThatThrownBy(() -> admin.removeLine(OrderKind.SALES, sales.number(), 3000))
                .isInstanceOf(NoSuchElementException.class).hasMessageContaining("no line 3000");
    }
}
