package dev.x3ups.x3.simulator.graphql;

import dev.x3ups.x3.simulator.data.Folder;
import dev.x3ups.x3.simulator.data.InvalidValueException;
import dev.x3ups.x3.simulator.data.OrderKind;
import dev.x3ups.x3.simulator.data.OrderRecord;
import dev.x3ups.x3.simulator.data.TrackingRecord;
import dev.x3ups.x3.simulator.fault.Counters;
import dev.x3ups.x3.simulator.writeback.WriteBackService;
import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Function;

/** The executable X3 Services schema ({@code x3.graphqls}) wired to a folder's orders and write-back rows. */
public final class X3GraphQl {

    public static final String SCHEMA_RESOURCE = "/dev/x3ups/x3/simulator/graphql/x3.graphqls";
    static final String FOLDER = "folder";

    private static final Map<String, String> UPDATE_FIELDS = Map.of(
            "yCarrier", "YCARRIER", "yCarrierStatusCode", "YSTACOD", "yCarrierStatusDescription", "YSTADES",
            "yScheduledDeliveryDate", "YSCHDLVDAT", "yDeliveredAt", "YDLVDATTIM", "yExceptionCode", "YEXCCOD",
            "yExceptionReason", "YEXCRSN", "yLastEventAt", "YEVTDATTIM", "yPickup", "YPCKPRN");

    private final GraphQL graphQl;
    private final Counters counters;
    private final WriteBackService writeBack;
    private final BooleanSupplier updateEnabled;

    public X3GraphQl(Counters counters, WriteBackService writeBack, BooleanSupplier updateEnabled) {
        this.counters = counters;
        this.writeBack = writeBack;
        this.updateEnabled = updateEnabled;
        this.graphQl = GraphQL.newGraphQL(schema()).build();
    }

    public ExecutionResult execute(Folder folder, String query, Map<String, Object> variables, String operationName) {
        ExecutionInput.Builder input = ExecutionInput.newExecutionInput().query(query)
                .variables(variables == null ? Map.of() : variables)
                .graphQLContext(Map.of(FOLDER, folder));
        if (operationName != null) {
            input.operationName(operationName);
        }
        return graphQl.execute(input.build());
    }

    private GraphQLSchema schema() {
        TypeDefinitionRegistry registry;
        try (InputStream in = X3GraphQl.class.getResourceAsStream(SCHEMA_RESOURCE);
             Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            registry = new SchemaParser().parse(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        DataFetcher<Object> marker = env -> Map.of();
        RuntimeWiring wiring = RuntimeWiring.newRuntimeWiring()
                .type("Query", b -> b.dataFetcher("x3Sales", marker).dataFetcher("x3Purchasing", marker))
                .type("Mutation", b -> b.dataFetcher("x3Sales", marker))
                .type("X3SalesQuery", b -> b.dataFetcher("salesOrder", marker))
                .type("X3PurchasingQuery", b -> b.dataFetcher("purchaseOrder", marker))
                .type("X3SalesMutation", b -> b.dataFetcher("salesOrder", marker))
                .type("SalesOrderQueries", b -> b.dataFetcher("query", this::salesQuery).dataFetcher("read", this::salesRead))
                .type("PurchaseOrderQueries", b -> b.dataFetcher("query", this::purchaseQuery)
                        .dataFetcher("read", this::purchaseRead))
                .type("SalesOrderMutations", b -> b.dataFetcher("update", this::salesUpdate))
                .type("SalesOrderLineCollection", b -> b.dataFetcher("query", X3GraphQl::lineQuery))
                .type("PurchaseOrderLineCollection", b -> b.dataFetcher("query", X3GraphQl::lineQuery))
                .build();
        return new SchemaGenerator().makeExecutableSchema(registry, wiring);
    }

    private static Folder folder(DataFetchingEnvironment env) {
        return env.getGraphQlContext().get(FOLDER);
    }

    private Object salesQuery(DataFetchingEnvironment env) {
        return query(env, "graphql.x3Sales.salesOrder.query", folder -> folder.sales().all(),
                (folder, nodes, o) -> nodes.sales(o, folder.tracking().find(o.number())));
    }

    private Object salesRead(DataFetchingEnvironment env) {
        counters.increment("graphql.x3Sales.salesOrder.read");
        Folder folder = folder(env);
        String id = env.getArgument("_id");
        return folder.sales().find(id)
                .map(o -> new OrderNodes(folder.master()).sales(o, folder.tracking().find(id))).orElse(null);
    }

    private Object purchaseQuery(DataFetchingEnvironment env) {
        return query(env, "graphql.x3Purchasing.purchaseOrder.query", folder -> folder.purchases().all(),
                (folder, nodes, o) -> nodes.purchase(o));
    }

    /** How one order appears as a node of its folder. */
    private interface NodeOf {
        Map<String, Object> node(Folder folder, OrderNodes nodes, OrderRecord order);
    }

    /** A {@code query} field: every order of the folder as a node, then paged and filtered as a connection. */
    private Object query(DataFetchingEnvironment env, String counter,
                         Function<Folder, ? extends Collection<OrderRecord>> orders, NodeOf nodeOf) {
        counters.increment(counter);
        Folder folder = folder(env);
        OrderNodes nodes = new OrderNodes(folder.master());
        List<Map<String, Object>> all = new ArrayList<>();
        for (OrderRecord o : orders.apply(folder)) {
            all.add(nodeOf.node(folder, nodes, o));
        }
        return Connections.connection(all, env.getArgument("first"), env.getArgument("after"),
                env.getArgument("filter"), env.getArgument("orderBy"));
    }

    private Object purchaseRead(DataFetchingEnvironment env) {
        counters.increment("graphql.x3Purchasing.purchaseOrder.read");
        Folder folder = folder(env);
        String id = env.getArgument("_id");
        return folder.purchases().find(id).map(o -> new OrderNodes(folder.master()).purchase(o)).orElse(null);
    }

    private Object salesUpdate(DataFetchingEnvironment env) {
        counters.increment("graphql.x3Sales.salesOrder.update");
        if (!updateEnabled.getAsBoolean()) {
            throw new FilterSyntaxException("update operation is not available on salesOrder");
        }
        Folder folder = folder(env);
        Map<String, Object> data = env.getArgument("data");
        String id = (String) data.get("id");
        if (folder.sales().find(id).isEmpty()) {
            throw new FilterSyntaxException("salesOrder " + id + ": record does not exist");
        }
        Map<String, Object> body = new LinkedHashMap<>();
        data.forEach((k, v) -> {
            if (UPDATE_FIELDS.containsKey(k)) {
                body.put(UPDATE_FIELDS.get(k), v);
            } else if (k.equals("yTrackingNumbers")) {
                body.put("YTRKNUM", v == null ? List.of() : v);
            } else if (k.equals("yExceptionFlag")) {
                body.put("YEXCFLG", Boolean.TRUE.equals(v) ? 2 : 1);
            }
        });
        try {
            TrackingRecord record = writeBack.upsert(folder, id, OrderKind.SALES, body);
            OrderRecord order = folder.sales().find(id).orElseThrow();
            return new OrderNodes(folder.master()).sales(order, Optional.of(record));
        } catch (InvalidValueException e) {
            throw new FilterSyntaxException(e.getMessage());
        }
    }

    private static Object lineQuery(DataFetchingEnvironment env) {
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> lines = (List<Map<String, Object>>) env.getSource();
        return Connections.connection(lines, env.getArgument("first"), env.getArgument("after"), null,
                "{lineNumber: 1}");
    }
}
