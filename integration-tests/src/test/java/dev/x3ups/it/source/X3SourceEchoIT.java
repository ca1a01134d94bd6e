package dev.x3ups.it.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import dev.x3ups.it.harness.ConnectCluster;
import dev.x3ups.it.harness.ConnectIT;
import dev.x3ups.it.harness.TestNames;
import dev.x3ups.x3.simulator.X3Simulator;
import dev.x3ups.x3.simulator.data.OrderKind;
import dev.x3ups.x3.simulator.data.PurchaseOrderDraft;
import dev.x3ups.x3.simulator.data.SalesOrderDraft;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Our own write-back does not echo: with the standard SORDER/PORDER representations, orders the X3 sink writes
 * tracking back for (create, then status edits of their YSHIPTRK record, each of which moves the order's
 * UPDDATTIM in X3) cost the source no {@code $details} read and put nothing new on the orders topic; the
 * source reads the write-back class once per page instead. A real change made right after a write-back (a
 * ship-to edit, a cancellation) is emitted once, carrying what YSHIPTRK holds: the tracking numbers and the
 * order digest the UPS sink recognises a retired order by.
 */
@ConnectIT
class X3SourceEchoIT {

    static final String SALES_DETAILS = "api1.GET.SORDER.SORDER.$details";
    static final String PURCHASE_DETAILS = "api1.GET.PORDER.PORDER.$details";
    static final String LOOKUPS = "api1.GET.YSHIPTRK.YSHIPTRK.$query";
    static final String PURCHASE_QUERIES = "api1.GET.PORDER.PORDER.$query";

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void writeBacksCostNoDetailsReadsNorRecordsAndRealChangesCarryTheEvidence(ConnectCluster cluster,
                                                                               TestNames names) throws Exception {
        try (SourceRun run = SourceRun.start(cluster, names)) {
            String edited = run.x3.admin().createSalesOrder(SalesOrderDraft.forCustomer("C0001").deliveryMode("UGND")
                    .line("IT0001", 2)).number();
            String cancelled = run.x3.admin().createSalesOrder(SalesOrderDraft.forCustomer("C0002")
                    .deliveryMode("UGND").line("IT0003", 1)).number();
            String purchase = run.x3.admin().createPurchaseOrder(PurchaseOrderDraft.forSupplier("S0001")
                    .receivingSite("ATL").line("IT0003", 10)).number();
            List<String> keys = List.of("SEED:SALES:" + edited, "SEED:SALES:" + cancelled,
                    "SEED:PURCHASE:" + purchase);
            Map<String, String> config = run.restConfig();
            config.put("overlap.ms", "2000");
            run.create(config, 2);
            run.awaitKeys(keys);
            awaitQuiet(run);
            assertThat(run.seen()).hasSize(3);
            long salesDetails = run.x3.counters().get(SALES_DETAILS);
            long purchaseDetails = run.x3.counters().get(PURCHASE_DETAILS);
            long lookups = run.x3.counters().get(LOOKUPS);

            // as the X3 sink writes: the label (tracking numbers and digest), then milestones, each its own save
            writeBack(run, "POST", edited, "SALES", "{\"YTRKNUM\":[\"1Z999AA10123456784\"],\"YSTACOD\":\"M\","
                    + "\"YORDDIG\":\"digest-of-" + edited + "\"}");
            writeBack(run, "POST", cancelled, "SALES", "{\"YTRKNUM\":[\"1Z999AA10123456791\"],\"YSTACOD\":\"M\","
                    + "\"YORDDIG\":\"digest-of-" + cancelled + "\"}");
            writeBack(run, "POST", purchase, "PURCHASE", "{\"YTRKNUM\":[\"1Z999AA10123456802\"],\"YSTACOD\":\"M\"}");
            for (String status : List.of("P", "I", "O")) {
                awaitWalks(run);
                writeBack(run, "PUT", edited, "SALES", "{\"YSTACOD\":\"" + status + "\"}");
                writeBack(run, "PUT", cancelled, "SALES", "{\"YSTACOD\":\"" + status + "\"}");
                writeBack(run, "PUT", purchase, "PURCHASE", "{\"YSTACOD\":\"" + status + "\"}");
            }
            awaitQuiet(run);

            assertThat(run.x3.admin().salesOrder(edited).orElseThrow().updated()).as("X3 stamped the order with each write-back")
                    .isEqualTo(run.x3.admin().writeBack(edited).orElseThrow().updated());
            assertThat(run.x3.counters().get(SALES_DETAILS)).as("no $details read for a write-back")
                    .isEqualTo(salesDetails);
            assertThat(run.x3.counters().get(PURCHASE_DETAILS)).isEqualTo(purchaseDetails);
            assertThat(run.x3.counters().get(LOOKUPS)).as("the write-back class read per page instead")
                    .isGreaterThan(lookups);
            assertThat(run.seen()).as("nothing new on the orders topic").hasSize(3);

            // real changes in the second of a write-back
            writeBack(run, "PUT", edited, "SALES", "{\"YSTACOD\":\"D\"}");
            run.x3.admin().modifySalesOrder(edited, Map.of("BPDCTY", "Marietta"));
            writeBack(run, "PUT", cancelled, "SALES", "{\"YSTACOD\":\"I\"}");
            run.x3.admin().cancel(OrderKind.SALES, cancelled);
            await("both changes on the topic").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(300))
                    .until(() -> run.seen().size() == 5);
            awaitQuiet(run);

            List<SourceRun.Seen> seen = run.seen();
            assertThat(seen).hasSize(5);
            JsonNode city = seen.stream().filter(s -> s.key().equals(keys.get(0))).toList().get(1).value();
            assertThat(city.path("shipTo").path("city").asText()).isEqualTo("Marietta");
            assertThat(city.path("writeBack").path("trackingNumbers").get(0).asText()).isEqualTo("1Z999AA10123456784");
            assertThat(city.path("writeBack").path("orderDigest").asText()).isEqualTo("digest-of-" + edited);
            JsonNode cancel = seen.stream().filter(s -> s.key().equals(keys.get(1))).toList().get(1).value();
            assertThat(cancel.path("status").asText()).isEqualTo("CANCELLED");
            assertThat(cancel.path("writeBack").path("trackingNumbers").get(0).asText()).isEqualTo("1Z999AA10123456791");
            assertThat(cancel.path("writeBack").path("orderDigest").asText()).isEqualTo("digest-of-" + cancelled);
        }
    }

    /** Both partitions walked X3 again at least twice since now. */
    private static void awaitWalks(SourceRun run) {
        run.awaitMoreQueries(X3SourceScenarios.SALES_QUERIES, 2);
        run.awaitMoreQueries(PURCHASE_QUERIES, 2);
    }

    /**
     * Waits until the source's $details reads stand still across several walks: a row stays in the walk's
     * overlap (here 2 s) after its change, and a changed row is read in full once.
     */
    private static void awaitQuiet(SourceRun run) {
        await("source quiet").atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(100)).until(() -> {
            long before = detailsReads(run);
            run.awaitMoreQueries(X3SourceScenarios.SALES_QUERIES, 8);
            run.awaitMoreQueries(PURCHASE_QUERIES, 2);
            return detailsReads(run) == before;
        });
    }

    private static long detailsReads(SourceRun run) {
        return run.x3.counters().get(SALES_DETAILS) + run.x3.counters().get(PURCHASE_DETAILS);
    }

    /** A write-back through X3's api1, as the X3 sink sends it: create the YSHIPTRK record, or edit it. */
    private void writeBack(SourceRun run, String method, String number, String kind, String fields)
            throws IOException, InterruptedException {
        String base = run.x3.api1Url("SEED") + "/YSHIPTRK";
        String body = fields;
        URI uri;
        if (method.equals("POST")) {
            body = "{\"YORDNUM\":\"" + number + "\",\"YORDTYP\":\"" + kind + "\"," + fields.substring(1);
            uri = URI.create(base + "?representation=YSHIPTRK.$create");
        } else {
            uri = URI.create(base + "('" + number + "')?representation=YSHIPTRK.$edit");
        }
        String auth = Base64.getEncoder().encodeToString((X3Simulator.DEFAULT_USER + ":" + X3Simulator.DEFAULT_PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri)
                .header("Authorization", "Basic " + auth).header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(method + " " + uri + ": " + response.body()).isIn(200, 201);
    }
}
