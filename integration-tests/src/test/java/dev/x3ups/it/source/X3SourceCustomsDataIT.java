package dev.x3ups.it.source;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.x3ups.it.harness.ConnectCluster;
import dev.x3ups.it.harness.ConnectIT;
import dev.x3ups.it.harness.TestNames;
import dev.x3ups.x3.simulator.data.PurchaseOrderDraft;
import dev.x3ups.x3.simulator.data.SalesOrderDraft;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A cross-border sales order (Atlanta to Munich) and purchase order (Freiburg to Atlanta) read from the X3
 * simulator arrive on the orders topic with what UPS needs for a paperless commercial invoice: the
 * ship-to's (supplier's) phone and e-mail, and lines with net price, HS code, country of origin and item
 * family; an item whose master has no HS code arrives without one, for the UPS sink to name. Over the
 * standard REST representations the source reads each item master once, however often it walks.
 */
@ConnectIT
class X3SourceCustomsDataIT {

    static final String ITEM_READS = "api1.GET.ITMMASTER.ITMMASTER.$details";

    @Test
    void restReadsContactsAndItemMasterCustomsDataOncePerItem(ConnectCluster cluster, TestNames names) {
        try (SourceRun run = SourceRun.start(cluster, names)) {
            List<String> keys = createCrossBorderOrders(run);
            run.create(run.restConfig(), 2);

            run.awaitKeys(keys);
            assertCustomsData(run, keys);
            run.awaitMoreQueries(X3SourceScenarios.SALES_QUERIES, 3);
            assertThat(run.x3.counters().get(ITEM_READS)).as("IT0001, IT0013 and IT0003, each once").isEqualTo(3);
        }
    }

    @Test
    void graphQlReadsTheSameFromTheProductNode(ConnectCluster cluster, TestNames names) {
        try (SourceRun run = SourceRun.start(cluster, names)) {
            List<String> keys = createCrossBorderOrders(run);
            run.create(run.graphQlConfig(), 2);

            run.awaitKeys(keys);
            assertCustomsData(run, keys);
        }
    }

    private static List<String> createCrossBorderOrders(SourceRun run) {
        String sales = run.x3.admin().createSalesOrder(SalesOrderDraft.forCustomer("C0010").site("ATL")
                .deliveryMode("UWEX").line("IT0001", 2).line("IT0013", 1)).number();
        String purchase = run.x3.admin().createPurchaseOrder(PurchaseOrderDraft.forSupplier("S0005")
                .receivingSite("ATL").deliveryMode("UWEX").line("IT0003", 4)).number();
        return List.of("SEED:SALES:" + sales, "SEED:PURCHASE:" + purchase);
    }

    private static void assertCustomsData(SourceRun run, List<String> keys) {
        Map<String, JsonNode> values = new HashMap<>();
        run.seen().forEach(seen -> values.put(seen.key(), seen.value()));

        JsonNode sales = values.get(keys.get(0));
        assertThat(sales.path("shipTo").path("countryCode").asText()).isEqualTo("DE");
        assertThat(sales.path("shipTo").path("phone").asText()).isEqualTo("+49 89 123456");
        assertThat(sales.path("shipTo").path("email").asText()).isEqualTo("wareneingang@mueller-soehne.example");
        assertThat(sales.path("shipTo").path("attention").asText()).isEqualTo("Jürgen Weiß");
        JsonNode backpack = sales.path("lines").get(0);
        assertThat(backpack.path("item").asText()).isEqualTo("IT0001");
        assertThat(new BigDecimal(backpack.path("unitPrice").asText())).isEqualByComparingTo("89.90");
        assertThat(backpack.path("commodityCode").asText()).isEqualTo("420292");
        assertThat(backpack.path("originCountry").asText()).isEqualTo("VN");
        assertThat(backpack.path("itemFamily").asText()).isEqualTo("OUTDR");
        JsonNode capsules = sales.path("lines").get(1);
        assertThat(capsules.path("item").asText()).isEqualTo("IT0013");
        assertThat(capsules.path("commodityCode").isNull()).as("no HS code in the item master").isTrue();

        JsonNode purchase = values.get(keys.get(1));
        assertThat(purchase.path("shipFrom").path("countryCode").asText()).isEqualTo("DE");
        assertThat(purchase.path("shipFrom").path("phone").asText()).isEqualTo("+49 761 555 0199");
        assertThat(purchase.path("shipFrom").path("email").asText()).isEqualTo("versand@schwarzwald-praezision.example");
        JsonNode bolts = purchase.path("lines").get(0);
        assertThat(new BigDecimal(bolts.path("unitPrice").asText())).isEqualByComparingTo("24.50");
        assertThat(bolts.path("commodityCode").asText()).isEqualTo("731815");
        assertThat(bolts.path("originCountry").asText()).isEqualTo("DE");
        assertThat(bolts.path("itemFamily").asText()).isEqualTo("HARDW");
    }
}
