package dev.x3ups.x3.client.graphql;

import com.fasterxml.jackson.databind.JsonNode;
import dev.x3ups.records.Order;
import dev.x3ups.records.OrderKind;
import dev.x3ups.x3.client.ItemMasterConfig;
import dev.x3ups.x3.client.OrderFeed;
import dev.x3ups.x3.client.OrderPage;
import dev.x3ups.x3.client.OrderSelection;
import dev.x3ups.x3.client.WriteBackLookup;
import dev.x3ups.x3.client.X3Exception;
import dev.x3ups.x3.client.X3GraphQlClient;
import dev.x3ups.x3.client.X3RejectedException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Orders changed since a moment, over GraphQL {@code query(first, after, filter, orderBy)} sorted by
 * {@code {_updateStamp: 1, id: 1}}. The continuation is the page's {@code endCursor}; the feed
 * remembers which walk (kind, filter, page size) each recent cursor belongs to.
 */
public final class GraphQlOrderFeed implements OrderFeed {
    static final String ORDER_BY = "{_updateStamp: 1, id: 1}";
    private static final int REMEMBERED_WALKS = 256;

    private final X3GraphQlClient graphQl;
    private final String folder;
    private final Map<OrderKind, OrderNodeMapper> mappers;
    private final Map<String, Walk> walks = Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Walk> eldest) {
            return size() > REMEMBERED_WALKS;
        }
    });

    private record Walk(OrderKind kind, String filter, int pageSize) {
    }

    public GraphQlOrderFeed(X3GraphQlClient graphQl, String folder) {
        this(graphQl, folder, ItemMasterConfig.DEFAULT);
    }

    /** @param items which product properties hold the customs data */
    public GraphQlOrderFeed(X3GraphQlClient graphQl, String folder, ItemMasterConfig items) {
        this(graphQl, folder, items, WriteBackLookup.DISABLED);
    }

    /**
     * @param writeBack which sales order properties hold what the X3 sink wrote (tracking numbers, digest),
     *                  selected with each page and attached to the orders as their evidence
     */
    public GraphQlOrderFeed(X3GraphQlClient graphQl, String folder, ItemMasterConfig items, WriteBackLookup writeBack) {
        this(graphQl, folder, List.of(new SalesOrderNodes(items, writeBack), new PurchaseOrderNodes(items)));
    }

    GraphQlOrderFeed(X3GraphQlClient graphQl, String folder, List<OrderNodeMapper> mappers) {
        this.graphQl = graphQl;
        this.folder = folder;
        Map<OrderKind, OrderNodeMapper> byKind = new HashMap<>();
        mappers.forEach(mapper -> byKind.put(mapper.kind(), mapper));
        this.mappers = Map.copyOf(byKind);
    }

    @Override
    public OrderPage firstPage(OrderKind kind, Instant since, OrderSelection selection, int pageSize)
            throws X3Exception {
        if (pageSize < 1) {
            throw new IllegalArgumentException("pageSize must be positive");
        }
        return read(new Walk(kind, GraphQlFilter.of(kind, since, selection), pageSize), null);
    }

    @Override
    public OrderPage nextPage(OrderPage previous) throws X3Exception {
        if (!previous.hasNext()) {
            throw new IllegalArgumentException("the previous page was the last one");
        }
        Walk walk = walks.get(previous.continuation());
        if (walk == null) {
            throw new IllegalArgumentException("unknown or expired GraphQL continuation; start again with firstPage");
        }
        return read(walk, previous.continuation());
    }

    @Override
    public void checkAccess() throws X3Exception {
        graphQl.execute("query Access { x3Sales { salesOrder { query(first: 1) { totalCount } } } }", Map.of());
    }

    @Override
    public void close() {
        walks.clear();
    }

    private OrderPage read(Walk walk, String after) throws X3Exception {
        OrderNodeMapper mapper = mappers.get(walk.kind());
        Map<String, Object> variables = new HashMap<>();
        variables.put("first", walk.pageSize());
        variables.put("after", after);
        variables.put("filter", walk.filter());
        variables.put("orderBy", ORDER_BY);
        JsonNode connection = graphQl.execute(document(mapper), variables)
                .path(mapper.packageName()).path(mapper.nodeName()).path("query");
        if (!connection.isObject()) {
            throw new X3RejectedException("X3 GraphQL returned no " + mapper.packageName() + "."
                    + mapper.nodeName() + ".query connection", 200, null);
        }
        List<Order> orders = new ArrayList<>();
        for (JsonNode edge : connection.path("edges")) {
            try {
                orders.add(mapper.map(folder, edge.path("node")));
            } catch (RuntimeException e) {
                throw new X3RejectedException("X3 GraphQL returned an unusable " + walk.kind() + " order: "
                        + e.getMessage(), 200, e);
            }
        }
        JsonNode pageInfo = connection.path("pageInfo");
        String cursor = pageInfo.path("hasNextPage").asBoolean(false) && pageInfo.path("endCursor").isTextual()
                ? pageInfo.path("endCursor").asText() : null;
        if (cursor != null) {
            walks.put(cursor, walk);
        }
        return new OrderPage(orders, cursor);
    }

    static String document(OrderNodeMapper mapper) {
        return "query Orders($first: Int, $after: String, $filter: String, $orderBy: String) { "
                + mapper.packageName() + " { " + mapper.nodeName() + " { "
                + "query(first: $first, after: $after, filter: $filter, orderBy: $orderBy) { "
                + "edges { cursor node { " + mapper.selection() + " } } "
                + "pageInfo { endCursor hasNextPage } } } } }";
    }
}
