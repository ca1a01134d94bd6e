package dev.x3ups.x3.sink.target;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.x3ups.records.OrderKey;
import dev.x3ups.x3.client.X3Exception;
import dev.x3ups.x3.client.X3RecordClient;
import dev.x3ups.x3.client.X3Representation;
import dev.x3ups.x3.sink.status.OrderTracking;
import dev.x3ups.x3.sink.status.TrackedField;
import java.util.Optional;
import java.util.Set;

/**
 * A custom api1 class/representation keyed by order number (the default: {@code YSHIPTRK}):
 * {@code $create} POST with every mapped field when X3 has no record, {@code $edit} PUT with only the
 * changed fields otherwise.
 */
public final class Api1ClassTarget implements TrackingTarget {

    private final X3RecordClient client;
    private final X3Representation representation;
    private final String keyField;
    private final String kindField;
    private final FieldMapping mapping;
    private final FieldCodec codec;

    /** {@code kindField} null or empty when the class has no order-type field. */
    public Api1ClassTarget(X3RecordClient client, X3Representation representation, String keyField, String kindField,
            FieldMapping mapping) {
        this.client = client;
        this.representation = representation;
        this.keyField = keyField;
        this.kindField = kindField == null || kindField.isBlank() ? null : kindField;
        this.mapping = mapping;
        this.codec = new FieldCodec(mapping, FlagStyle.MENU);
    }

    @Override
    public Optional<OrderTracking> read(OrderKey order) throws X3Exception {
        return client.read(representation, order.number()).map(codec::read);
    }

    @Override
    public void write(OrderKey order, boolean exists, OrderTracking tracking, Set<TrackedField> changed)
            throws X3Exception {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        if (exists) {
            codec.write(tracking, changed, body);
            client.edit(representation, order.number(), body);
            return;
        }
        body.put(keyField, order.number());
        if (kindField != null) {
            body.put(kindField, order.kind().name());
        }
        codec.write(tracking, mapping.fields(), body);
        client.create(representation, body);
    }

    /** {@code $create} of a key X3 already holds is refused. */
    @Override
    public boolean refusesExistingOnCreate() {
        return true;
    }

    @Override
    public Set<TrackedField> fields() {
        return mapping.fields();
    }
}
