package dev.x3ups.records;

import static dev.x3ups.records.Structs.bool;
import static dev.x3ups.records.Structs.date;
import static dev.x3ups.records.Structs.enumValue;
import static dev.x3ups.records.Structs.instant;
import static dev.x3ups.records.Structs.localDate;
import static dev.x3ups.records.Structs.requiredString;
import static dev.x3ups.records.Structs.string;

import java.time.Instant;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.SchemaBuilder;
import org.apache.kafka.connect.data.Struct;
import org.apache.kafka.connect.data.Timestamp;
import org.apache.kafka.connect.errors.DataException;

/**
 * The Connect schema of {@code ups.tracking} (key = tracking number) and the mapping between its
 * Structs and {@link TrackingEvent}.
 */
public final class TrackingEventRecords {

    public static final int SCHEMA_VERSION = 1;
    private static final String TOPIC = "ups.tracking";

    public static final Schema KEY_SCHEMA = Schema.STRING_SCHEMA;

    public static final Schema VALUE_SCHEMA = SchemaBuilder.struct()
            .name("dev.x3ups.records.TrackingEvent").version(SCHEMA_VERSION)
            .doc("A UPS status event for one package")
            .field("trackingNumber", Schema.STRING_SCHEMA)
            .field("orderKey", SchemaBuilder.string().optional()
                    .doc("null only when UPS sent a tracking number no ledger entry knows").build())
            .field("statusType", SchemaBuilder.string().doc("UPS status type: M, P, I, O, D, X, ...").build())
            .field("statusCode", Schema.OPTIONAL_STRING_SCHEMA)
            .field("statusDescription", Schema.OPTIONAL_STRING_SCHEMA)
            .field("activityTime", Timestamp.builder().doc("activity time in GMT").build())
            .field("localActivityDate", SchemaBuilder.string().optional().doc("yyyyMMdd as UPS sent it").build())
            .field("localActivityTime", SchemaBuilder.string().optional().doc("HHmmss as UPS sent it").build())
            .field("location", Schema.OPTIONAL_STRING_SCHEMA)
            .field("scheduledDelivery", org.apache.kafka.connect.data.Date.builder().optional().build())
            .field("actualDelivery", Timestamp.builder().optional().build())
            .field("exception", SchemaBuilder.bool().defaultValue(false).build())
            .field("exceptionReason", Schema.OPTIONAL_STRING_SCHEMA)
            .field("source", SchemaBuilder.string().doc("WEBHOOK, QUANTUM_VIEW or TRACK_API").build())
            .build();

    private TrackingEventRecords() {
    }

    public static Struct toStruct(TrackingEvent event) {
        Struct struct = new Struct(VALUE_SCHEMA)
                .put("trackingNumber", event.trackingNumber())
                .put("orderKey", event.orderKey())
                .put("statusType", event.statusType())
                .put("statusCode", event.statusCode())
                .put("statusDescription", event.statusDescription())
                .put("activityTime", date(event.activityTime()))
                .put("localActivityDate", event.localActivityDate())
                .put("localActivityTime", event.localActivityTime())
                .put("location", event.location())
                .put("scheduledDelivery", date(event.scheduledDelivery()))
                .put("actualDelivery", date(event.actualDelivery()))
                .put("exception", event.exception())
                .put("exceptionReason", event.exceptionReason())
                .put("source", event.source().name());
        struct.validate();
        return struct;
    }

    public static TrackingEvent fromStruct(Struct struct) {
        if (struct == null) {
            throw new DataException("a " + TOPIC + " value must not be null");
        }
        Instant activity = instant(struct, "activityTime");
        if (activity == null) {
            throw new DataException(TOPIC + " value has no activityTime");
        }
        return new TrackingEvent(
                requiredString(struct, "trackingNumber", TOPIC),
                string(struct, "orderKey"),
                requiredString(struct, "statusType", TOPIC),
                string(struct, "statusCode"),
                string(struct, "statusDescription"),
                activity,
                string(struct, "localActivityDate"),
                string(struct, "localActivityTime"),
                string(struct, "location"),
                localDate(struct, "scheduledDelivery"),
                instant(struct, "actualDelivery"),
                bool(struct, "exception"),
                string(struct, "exceptionReason"),
                enumValue(TrackingSource.class, requiredString(struct, "source", TOPIC), "source"));
    }
}
