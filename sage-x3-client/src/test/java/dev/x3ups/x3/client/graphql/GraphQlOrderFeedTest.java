package dev.x3ups.x3.client.graphql;

import static dev.x3ups.x3.client.TestSupport.resource;
import static dev.x3ups.x3.client.TestSupport.tree;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.x3ups.records.Order;
import dev.x3ups.records.OrderKind;
import dev.x3ups.x3.client.OrderPage;
import dev.x3ups.x3.client.OrderSelection;
import dev.x3ups.x3.client.X3GraphQlClient;
import dev.x3ups.x3.client.X3RejectedException;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class GraphQlOrderFeedTest {
    private static final Instant SINCE = Instant.parse("2025-01-15T10:00:00Z");

    /** Answers from a script and records what it was asked. */
    static final class ScriptedGraphQl implements X3GraphQlClient {
        final Deque<String> answers = new ArrayDeque<>();
        final List<String> documents = new ArrayList<>();
        final List<Map<String, Object>> variables = new ArrayList<>();

        @Override
        public JsonNode execute(String document, Map<String, ?> vars) {
            documents.add(document);
            variables.add(new HashMap<>(vars));
            return tree(answers.removeFirst());
        }
    }

    private static String page(String root, String node, String edges, String endCursor, boolean hasNext) {
        return "{\"" + root + "\":{\"" + node + "\":{\"query\":{\"edges\":[" + edges + "],\"pageInfo\":{\"endCursor\":"
                + (endCursor == null ? "null" : "\"" + endCursor + "\"") + ",\"hasNextPage\":" + hasNext + "}}}}}";
    }

    private static String edge(String nodeJson) {
        return "{\"cursor\":\"c\",\"node\":" + nodeJson + "}";
    }

    @Test
    void pagesWithTheEndCursorAndKeepsFilterAndOrder() throws Exception {
        ScriptedGraphQl graphQl = new ScriptedGraphQl();
        graphQl.answers.add(page("x3Sales", "salesOrder", edge(resource("graphql/sales-order-node.json")), "cur-1", true));
        graphQl.answers.add(page("x3Sales", "salesOrder",
                edge("{\"id\":\"SO000005\",\"_updateStamp\":\"2025-01-15T10:00:06Z\"}"), "cur-2", false));
        GraphQlOrderFeed feed = new GraphQlOrderFeed(graphQl, "SEED");

        OrderPage first = feed.firstPage(OrderKind.SALES, SINCE,
                new OrderSelection(Set.of(), Set.of(), Set.of("UPS"), Set.of(), null), 1);
        OrderPage second = feed.nextPage(first);

        assertThat(first.continuation()).isEqualTo("cur-1");
        assertThat(first.orders()).extracting(Order::number).containsExactly("SO000004");
        assertThat(second.orders()).extracting(Order::number).containsExactly("SO000005");
        assertThat(second.hasNext()).isFalse();

        assertThat(graphQl.documents.get(0)).contains("x3Sales { salesOrder { query(first: $first, after: $after, "
                + "filter: $filter, orderBy: $orderBy)").contains("pageInfo { endCursor hasNextPage }");
        Map<String, Object> firstVars = graphQl.variables.get(0);
        assertThat(firstVars).containsEntry("first", 1).containsEntry("orderBy", "{_updateStamp: 1, id: 1}")
                .containsEntry("filter", "{_and: [{_updateStamp: {_gte: '2025-01-15T10:00:00Z'}}, "
                        + "{carrier: {code: {_in: ['UPS']}}}]}");
        assertThat(firstVars.get("after")).isNull();
        Map<String, Object> secondVars = graphQl.variables.get(1);
        assertThat(secondVars).containsEntry("after", "cur-1").containsEntry("filter", firstVars.get("filter"))
                .containsEntry("first", 1);
    }

    @Test
    void purchaseOrdersComeFromX3Purchasing() throws Exception {
        ScriptedGraphQl graphQl = new ScriptedGraphQl();
        graphQl.answers.add(page("x3Purchasing", "purchaseOrder",
                edge(resource("graphql/purchase-order-node.json")), null, false));

        OrderPage page = new GraphQlOrderFeed(graphQl, "SEED").firstPage(OrderKind.PURCHASE, SINCE, OrderSelection.ALL, 50);

        assertThat(page.orders()).singleElement().satisfies(o -> assertThat(o.kind()).isEqualTo(OrderKind.PURCHASE));
        assertThat(page.hasNext()).isFalse();
        assertThat(graphQl.documents.get(0)).contains("x3Purchasing { purchaseOrder { query(")
                .contains("purchaseOrderLines { query(first: 1000)");
    }

    @Test
    void aMissingConnectionIsARejection() {
        ScriptedGraphQl graphQl = new ScriptedGraphQl();
        graphQl.answers.add("{\"x3Sales\":null}");

        assertThatThrownBy(() -> new GraphQlOrderFeed(graphQl, "SEED")
                .firstPage(OrderKind.SALES, SINCE, OrderSelection.ALL, 5))
                .isInstanceOf(X3RejectedException.class).hasMessageContaining("x3Sales.salesOrder.query");
    }

    @Test
    void anUnknownContinuationIsRefused() {
        GraphQlOrderFeed feed = new GraphQlOrderFeed(new ScriptedGraphQl(), "SEED");

        assertThatThrownBy(() -> feed.nextPage(new OrderPage(List.of(), "never-issued")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void checkAccessRunsACheapQuery() throws Exception {
        ScriptedGraphQl graphQl = new ScriptedGraphQl();
        graphQl.answers.add("{\"x3Sales\":{\"salesOrder\":{\"query\":{\"totalCount\":3}}}}");

        new GraphQlOrderFeed(graphQl, "SEED").checkAccess();

        assertThat(graphQl.documents.get(0)).contains("query(first: 1) { totalCount }");
    }
}
