package dev.x3ups.x3.sink.target;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.x3ups.records.OrderKey;
import dev.x3ups.x3.client.X3Exception;
import dev.x3ups.x3.client.X3GraphQlClient;
import dev.x3ups.x3.sink.status.OrderTracking;
import dev.x3ups.x3.sink.status.TrackedField;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A GraphQL operation the site enabled (e.g. {@code x3Sales.salesOrder.update} with custom
 * properties). The mutation document is configuration; it receives one variable holding the key
 * field and the changed fields, or every mapped field for an order X3 holds nothing for. The operation is an
 * upsert (as {@code salesOrder.update} on custom properties): it never says the order already had tracking,
 * so an order not seen since start is read first (see {@link TrackingTarget#refusesExistingOnCreate}). A read query (variable {@code $id}) tells what X3 holds.
 */
public final class GraphQlMutationTarget implements TrackingTarget {

    private final X3GraphQlClient client;
    private final GraphQlOperations operations;
    private final FieldMapping mapping;
    private final FieldCodec codec;

    public GraphQlMutationTarget(X3GraphQlClient client, GraphQlOperations operations, FieldMapping mapping) {
        this.client = client;
        this.operations = operations;
        this.mapping = mapping;
        this.codec = new FieldCodec(mapping, FlagStyle.BOOLEAN);
    }

    @Override
    public Optional<OrderTracking> read(OrderKey order) throws X3Exception {
        JsonNode data = client.execute(operations.readQuery(), Map.of("id", order.number()));
        JsonNode node = data == null ? null : data.at(operations.readPointer());
        if (node == null || node.isMissingNode() || node.isNull()) {
            return Optional.empty();
        }
        return Optional.of(codec.read(node));
    }

    @Override
    public void write(OrderKey order, boolean exists, OrderTracking tracking, Set<TrackedField> changed)
            throws X3Exception {
        ObjectNode input = JsonNodeFactory.instance.objectNode();
        input.put(operations.keyField(), order.number());
        codec.write(tracking, exists ? changed : mapping.fields(), input);
        client.execute(operations.mutation(), Map.of(operations.inputVariable(), input));
    }

    @Override
    public Set<TrackedField> fields() {
        return mapping.fields();
    }
}
