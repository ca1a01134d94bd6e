package dev.x3ups.x3.simulator.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import dev.x3ups.x3.simulator.data.OrderRecord;
import dev.x3ups.x3.simulator.data.PurchaseOrderDraft;
import dev.x3ups.x3.simulator.data.PurchaseOrderFactory;
import dev.x3ups.x3.simulator.data.SalesOrderDraft;
import dev.x3ups.x3.simulator.data.SalesOrderFactory;
import dev.x3ups.x3.simulator.data.SeedData;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OrderNodesTest {

    private final OrderNodes nodes = new OrderNodes(SeedData.masterData());
    private final Instant now = Instant.parse("2025-01-15T10:00:05Z");

    @Test
    @SuppressWarnings("unchecked")
    void salesOrderNodeUsesX3ServicesNames() {
        OrderRecord o = new SalesOrderFactory(SeedData.masterData()).build("SO000009",
                SalesOrderDraft.forCustomer("C0012").line("IT0007", 1), now);
        Map<String, Object> n = nodes.sales(o, Optional.empty());
        assertThat(n.get("id")).isEqualTo("SO000009");
        assertThat(n.get("_updateStamp")).isEqualTo("2025-01-15T10:00:05Z");
        assertThat(((Map<String, Object>) n.get("shipToCustomerCountry")).get("code")).isEqualTo("US");
        assertThat(((Map<String, Object>) n.get("carrier")).get("code")).as("pickup has an empty carrier").isEqualTo("");
        assertThat(n.get("orderStatus")).isEqualTo("open");
        assertThat(n.get("yTrackingNumbers")).isEqualTo(List.of());
        Map<String, Object> line = ((List<Map<String, Object>>) n.get("lines")).get(0);
        assertThat(((Map<String, Object>) line.get("product")).get("weightUnit")).isEqualTo("LB");
        assertThat(line.get("lineNumber")).isEqualTo(1000);
    }

    @Test
    @SuppressWarnings("unchecked")
    void purchaseOrderNodeCarriesShipFromAndReceiptAddresses() {
        OrderRecord o = new PurchaseOrderFactory(SeedData.masterData()).build("PO000009",
                PurchaseOrderDraft.forSupplier("S0003").receivingSite("MIS").line("IT0010", 4), now);
        Map<String, Object> n = nodes.purchase(o);
        assertThat(((Map<String, Object>) n.get("shipFromSupplierAddress")).get("city")).isEqualTo("Winnipeg");
        assertThat(((Map<String, Object>) n.get("receiptAddress")).get("zipCode")).isEqualTo("L5W 1W2");
        assertThat(n.get("isClosed")).isEqualTo("no");
        assertThat((List<?>) n.get("purchaseOrderLines")).hasSize(1);
    }
}
