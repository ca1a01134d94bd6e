package dev.x3ups.it.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import dev.x3ups.it.harness.ConnectCluster;
import dev.x3ups.it.harness.TestNames;
import dev.x3ups.x3.simulator.data.PurchaseOrderDraft;
import dev.x3ups.x3.simulator.data.SalesOrderDraft;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What the Sage X3 source must show on a real broker and Connect worker loading the plugin archive.
 * Subclasses choose the cluster (in-process broker, or a Testcontainers one where Docker exists).
 */
abstract class X3SourceScenarios {

    static final String SALES_QUERIES = "api1.GET.SORDER.SORDER.$query";
    static final String GRAPHQL_SALES_QUERIES = "graphql.x3Sales.salesOrder.query";

    static List<String> createSales(SourceRun run, int count) {
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String number = run.x3.admin().createSalesOrder(SalesOrderDraft.forCustomer("C000" + (1 + i % 9))
                    .deliveryMode("UGND").line("IT0001", 1 + i)).number();
            keys.add("SEED:SALES:" + number);
        }
        return keys;
    }

    static List<String> createPurchases(SourceRun run, int count) {
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String number = run.x3.admin().createPurchaseOrder(PurchaseOrderDraft.forSupplier("S000" + (1 + i % 6))
                    .receivingSite("ATL").line("IT0003", 10 + i)).number();
            keys.add("SEED:PURCHASE:" + number);
        }
        return keys;
    }

    static void assertEachOnce(SourceRun run, List<String> keys) {
        List<SourceRun.Seen> seen = run.seen();
        assertThat(seen).extracting(SourceRun.Seen::key).containsExactlyInAnyOrderElementsOf(keys);
    }

    @Test
    void salesAndPurchaseOrdersAppearExactlyOnceOverRestAndAChangeAppearsAgain(ConnectCluster cluster, TestNames names) {
        try (SourceRun run = SourceRun.start(cluster, names)) {
            List<String> keys = new ArrayList<>(createSales(run, 6));
            keys.addAll(createPurchases(run, 4));
            run.create(run.restConfig(), 2);

            run.awaitKeys(keys);
            run.awaitMoreQueries(SALES_QUERIES, 2);
            assertEachOnce(run, keys);
            JsonNode purchase = run.seen().stream().filter(s -> s.key().contains(":PURCHASE:")).findFirst()
                    .orElseThrow().value();
            assertThat(purchase.path("kind").asText()).isEqualTo("PURCHASE");
            assertThat(purchase.path("shipFrom").path("countryCode").asText()).isNotBlank();
            assertThat(purchase.path("lines")).isNotEmpty();

            run.x3.clock().advance(Duration.ofSeconds(30));
            String changed = keys.get(0);
            run.x3.admin().modifySalesOrder(changed.substring("SEED:SALES:".length()), Map.of("CUSORDREF", "PO-CHANGED"));
            run.awaitMoreQueries(SALES_QUERIES, 1);
            run.awaitKeys(keys);
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> run.seen().stream().filter(s -> s.key().equals(changed)).count() == 2);
            List<SourceRun.Seen> versions = run.seen().stream().filter(s -> s.key().equals(changed)).toList();
            assertThat(versions.get(1).revision()).isGreaterThan(versions.get(0).revision());
            assertThat(versions.get(1).value().path("customerReference").asText()).isEqualTo("PO-CHANGED");
            run.awaitMoreQueries(SALES_QUERIES, 2);
            assertThat(run.seen()).hasSize(keys.size() + 1);
        }
    }

    @Test
    void salesAndPurchaseOrdersAppearExactlyOnceOverGraphQl(ConnectCluster cluster, TestNames names) {
        try (SourceRun run = SourceRun.start(cluster, names)) {
            List<String> keys = new ArrayList<>(createSales(run, 5));
            keys.addAll(createPurchases(run, 3));
            run.create(run.graphQlConfig(), 2);

            run.awaitKeys(keys);
            run.awaitMoreQueries(GRAPHQL_SALES_QUERIES, 2);

            assertEachOnce(run, keys);
        }
    }

    @Test
    void fiftyOrdersSharingOneTimestampAcrossPagesAreNeitherLostNorDuplicated(ConnectCluster cluster, TestNames names) {
        try (SourceRun run = SourceRun.start(cluster, names)) {
            run.x3.clock().freeze();
            List<String> keys = createSales(run, 50);
            Map<String, String> config = run.restConfig();
            config.put("x3.entities", "SALES");
            config.put("page.size", "7");
            run.create(config, 1);

            run.awaitKeys(keys);
            run.awaitMoreQueries(SALES_QUERIES, 10);

            assertEachOnce(run, keys);
            assertThat(run.seen()).extracting(SourceRun.Seen::revision).containsOnly(run.seen().get(0).revision());
        }
    }
}
