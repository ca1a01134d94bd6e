package dev.x3ups.ups.sink.delivery;

import dev.x3ups.records.TrackingEvent;
import dev.x3ups.records.TrackingEventRecords;
import java.util.Map;
import org.apache.kafka.connect.data.SchemaAndValue;
import org.apache.kafka.connect.data.Struct;
import org.apache.kafka.connect.errors.DataException;
import org.apache.kafka.connect.json.JsonConverter;

/**
 * Tracking events as the tracking source's records sit on the tracking topic: Connect JSON with the schema
 * embedded (the shipped configuration, and what the X3 sink needs as well).
 */
final class TrackingEventDecoder {
    private final JsonConverter converter = new JsonConverter();
    private final String topic;

    TrackingEventDecoder(String topic) {
        this.topic = topic;
        converter.configure(Map.of("schemas.enable", "true", "converter.type", "value"), false);
    }

    /** The event, or null for a record without a value; a {@link DataException} when it is no tracking event. */
    TrackingEvent decode(byte[] value) {
        if (value == null) {
            return null;
        }
        SchemaAndValue data = converter.toConnectData(topic, value);
        if (data.value() == null) {
            return null;
        }
        if (!(data.value() instanceof Struct struct)) {
            throw new DataException("not a tracking event (a " + data.value().getClass().getSimpleName()
                    + "); the tracking source must write Connect JSON with schemas");
        }
        return TrackingEventRecords.fromStruct(struct);
    }
}
