package dev.x3ups.x3.simulator.graphql;

import static dev.x3ups.x3.simulator.TestHttp.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.x3ups.x3.simulator.TestHttp;
import dev.x3ups.x3.simulator.X3Simulator;
import dev.x3ups.x3.simulator.auth.Jwts;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class GraphQlHttpTest {

    private static X3Simulator sim;
    private static final TestHttp http = new TestHttp();

    @BeforeAll
    static void start() {
        sim = X3Simulator.builder().salesOrders(30).purchaseOrders(8)
                .dataClockStart(Instant.parse("2025-01-15T10:00:00Z")).start();
    }

    @AfterAll
    static void stop() {
        sim.close();
    }

    private static JsonNode post(String query, Map<String, Object> variables) {
        Instant now = Instant.now();
        String jwt = Jwts.mint(X3Simulator.DEFAULT_APP_ID, X3Simulator.DEFAULT_APP_SECRET, X3Simulator.DEFAULT_USER,
                now, now.plusSeconds(300));
        ObjectNode body = TestHttp.MAPPER.createObjectNode().put("query", query);
        body.set("variables", TestHttp.MAPPER.valueToTree(variables));
        return json(http.send("POST", sim.graphQlUrl(), "Bearer " + jwt, body.toString(), "x-xtrem-endpoint", "SEED",
                "Content-Type", "application/json"));
    }

    private static final String PAGE = "query Orders($after: String, $filter: String) { x3Sales { salesOrder {"
            + " query(first: 7, after: $after, filter: $filter, orderBy: \"{_updateStamp: 1, id: 1}\") {"
            + " totalCount edges { cursor node { id _updateStamp shipToCustomerCountry { code }"
            + " lines { query { edges { node { lineNumber product { code weight weightUnit } quantityInSalesUnitOrdered"
            + " salesUnit { code } } } } } } } pageInfo { endCursor hasNextPage } } } } }";

    @Test
    void pagesAllSalesOrdersChangedSinceAStamp() {
        List<String> ids = new ArrayList<>();
        String after = null;
        boolean more = true;
        while (more) {
            Map<String, Object> vars = new java.util.HashMap<>();
            vars.put("after", after);
            vars.put("filter", "{_updateStamp: {_gte: '2025-01-12T00:00:00Z'}}");
            JsonNode r = post(PAGE, vars);
            assertThat(r.get("errors")).isNull();
            assertThat(r.at("/extensions/diagnoses").isArray()).isTrue();
            JsonNode q = r.at("/data/x3Sales/salesOrder/query");
            q.get("edges").forEach(e -> ids.add(e.at("/node/id").asText()));
            JsonNode firstLine = q.at("/edges/0/node/lines/query/edges/0/node");
            assertThat(firstLine.get("lineNumber").asInt()).isEqualTo(1000);
            assertThat(firstLine.at("/product/weightUnit").asText()).isIn("KG", "LB", "G", "OZ");
            after = q.at("/pageInfo/endCursor").asText();
            more = q.at("/pageInfo/hasNextPage").asBoolean();
        }
        assertThat(ids).hasSize(30).doesNotHaveDuplicates();
    }

    @Test
    void filtersOnNestedReferences() {
        JsonNode r = post("{ x3Sales { salesOrder { query(first: 100, filter: \"{shipToCustomerCountry: {code: {_in: ['DE', 'GB']}}}\")"
                + " { totalCount edges { node { shipToCustomerCountry { code } } } } } } }", Map.of());
        JsonNode q = r.at("/data/x3Sales/salesOrder/query");
        q.get("edges").forEach(e -> assertThat(e.at("/node/shipToCustomerCountry/code").asText()).isIn("DE", "GB"));
        assertThat(q.get("totalCount").asInt()).isEqualTo(q.get("edges").size());
    }

    @Test
    void unknownFilterPropertyIsAGraphQlError() {
        JsonNode r = post("{ x3Sales { salesOrder { query(filter: \"{nope: 1}\") { totalCount } } } }", Map.of());
        assertThat(r.at("/errors/0/message").asText()).contains("nope");
    }

    @Test
    void readsOneOrderAndPurchaseOrders() {
        JsonNode r = post("{ x3Sales { salesOrder { read(_id: \"SO000004\") { id shipToCustomerAddressLines } } } }", Map.of());
        assertThat(r.at("/data/x3Sales/salesOrder/read/id").asText()).isEqualTo("SO000004");
        assertThat(r.at("/data/x3Sales/salesOrder/read/shipToCustomerAddressLines")).hasSize(3);
        JsonNode p = post("{ x3Purchasing { purchaseOrder { query(first: 3) { totalCount edges { node { id"
                + " shipFromSupplierAddress { city country { code } } receiptSite { code }"
                + " purchaseOrderLines { query { edges { node { lineNumber quantityInOrderUnitOrdered } } } } } } } } } }",
                Map.of());
        assertThat(p.at("/data/x3Purchasing/purchaseOrder/query/totalCount").asInt()).isEqualTo(8);
        assertThat(p.at("/data/x3Purchasing/purchaseOrder/query/edges/0/node/receiptSite/code").asText())
                .isIn("ATL", "RNO", "MIS");
        assertThat(sim.counters().get("graphql.x3Purchasing.purchaseOrder.query")).isEqualTo(1);
    }

    @Test
    void updateMutationWritesTrackingAndBumpsTheStamp() {
        sim.clock().advance(Duration.ofMinutes(1));
        JsonNode r = post("mutation { x3Sales { salesOrder { update(data: {id: \"SO000006\", yTrackingNumbers: [\"1Z999AA10123456784\"],"
                + " yCarrier: \"UPS\", yCarrierStatusCode: \"I\", yExceptionFlag: true, yExceptionReason: \"Weather delay\"})"
                + " { id _updateStamp yTrackingNumbers yExceptionFlag } } } }", Map.of());
        JsonNode u = r.at("/data/x3Sales/salesOrder/update");
        assertThat(u.get("yTrackingNumbers").get(0).asText()).isEqualTo("1Z999AA10123456784");
        assertThat(u.get("yExceptionFlag").asBoolean()).isTrue();
        assertThat(u.get("_updateStamp").asText()).isEqualTo(sim.clock().now().toString());
        assertThat(sim.admin().writeBack("SO000006")).hasValueSatisfying(t -> assertThat(t.get("YEXCFLG")).isEqualTo(2));

        JsonNode tooLong = post("mutation { x3Sales { salesOrder { update(data: {id: \"SO000006\", yCarrier: \"FAR TOO LONG CARRIER\"})"
                + " { id } } } }", Map.of());
        assertThat(tooLong.at("/errors/0/message").asText()).contains("YCARRIER");

        sim.graphqlUpdate(false);
        JsonNode off = post("mutation { x3Sales { salesOrder { update(data: {id: \"SO000006\", yCarrier: \"UPS\"}) { id } } } }",
                Map.of());
        assertThat(off.at("/errors/0/message").asText()).contains("not available");
        sim.graphqlUpdate(true);
    }
}
