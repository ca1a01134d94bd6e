package dev.x3ups.records;

import static dev.x3ups.records.Structs.bool;
import static dev.x3ups.records.Structs.date;
import static dev.x3ups.records.Structs.decimal;
import static dev.x3ups.records.Structs.enumValue;
import static dev.x3ups.records.Structs.get;
import static dev.x3ups.records.Structs.instant;
import static dev.x3ups.records.Structs.requiredString;
import static dev.x3ups.records.Structs.string;
import static dev.x3ups.records.Structs.strings;
import static dev.x3ups.records.Structs.text;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.SchemaAndValue;
import org.apache.kafka.connect.data.SchemaBuilder;
import org.apache.kafka.connect.data.Struct;
import org.apache.kafka.connect.data.Timestamp;
import org.apache.kafka.connect.errors.DataException;
import org.apache.kafka.connect.json.JsonConverter;

/**
 * The Connect schema of {@code ups.pickups} (compacted, key {@code site:yyyy-MM-dd}) and the mapping between its
 * Structs and {@link PickupRecord}; {@link Codec} gives the bytes as they sit on the topic (Connect JSON with the
 * schema embedded, as on {@code ups.shipments}). Dates travel as {@code yyyy-MM-dd}, times as {@code HH:mm}.
 */
public final class PickupRecords {

    public static final int SCHEMA_VERSION = 1;
    private static final String TOPIC = "ups.pickups";

    public static final Schema KEY_SCHEMA = Schema.STRING_SCHEMA;

    public static final Schema PIECE_SCHEMA = SchemaBuilder.struct()
            .name("dev.x3ups.records.PickupPiece").version(SCHEMA_VERSION)
            .field("serviceCode", Schema.STRING_SCHEMA)
            .field("destinationCountry", Schema.STRING_SCHEMA)
            .field("containerCode", SchemaBuilder.string().doc("01 package, 02 UPS letter, 03 pallet").build())
            .field("quantity", Schema.INT32_SCHEMA)
            .build();

    public static final Schema VALUE_SCHEMA = SchemaBuilder.struct()
            .name("dev.x3ups.records.PickupRecord").version(SCHEMA_VERSION)
            .doc("One site's UPS pickup of one business day")
            .field("site", Schema.STRING_SCHEMA)
            .field("date", SchemaBuilder.string().doc("site-local business day, yyyy-MM-dd").build())
            .field("kind", SchemaBuilder.string().doc("ON_CALL or SMART").build())
            .field("state", SchemaBuilder.string().doc("PENDING, BOOKED, FAILED or CANCELLED").build())
            .field("reference", SchemaBuilder.string().optional().doc("our reference sent with the request").build())
            .field("prn", SchemaBuilder.string().optional().doc("UPS pickup request number").build())
            .field("readyTime", SchemaBuilder.string().optional().doc("window start, site-local HH:mm").build())
            .field("closeTime", SchemaBuilder.string().optional().doc("window end, site-local HH:mm").build())
            .field("pieces", SchemaBuilder.array(PIECE_SCHEMA).optional().build())
            .field("totalWeightKg", Schema.OPTIONAL_STRING_SCHEMA)
            .field("overweight", SchemaBuilder.bool().optional().doc("a package over 32 kg / 70 lb").build())
            .field("orderKeys", SchemaBuilder.array(Schema.STRING_SCHEMA).optional()
                    .doc("orders whose shipments the pickup collects").build())
            .field("charge", ShipmentRecords.MONEY_SCHEMA)
            .field("failureCode", Schema.OPTIONAL_STRING_SCHEMA)
            .field("failureMessage", Schema.OPTIONAL_STRING_SCHEMA)
            .field("updatedAt", Timestamp.builder().optional().build())
            .build();

    private PickupRecords() {
    }

    public static Struct toStruct(PickupRecord record) {
        List<Struct> pieces = new ArrayList<>();
        for (PickupPiece piece : record.pieces()) {
            pieces.add(new Struct(PIECE_SCHEMA).put("serviceCode", piece.serviceCode())
                    .put("destinationCountry", piece.destinationCountry())
                    .put("containerCode", piece.containerCode()).put("quantity", piece.quantity()));
        }
        Struct struct = new Struct(VALUE_SCHEMA)
                .put("site", record.site())
                .put("date", record.date().toString())
                .put("kind", record.kind().name())
                .put("state", record.state().name())
                .put("reference", record.reference())
                .put("prn", record.prn())
                .put("readyTime", time(record.readyTime()))
                .put("closeTime", time(record.closeTime()))
                .put("pieces", pieces)
                .put("totalWeightKg", text(record.totalWeightKg()))
                .put("overweight", record.overweight())
                .put("orderKeys", record.orderKeys())
                .put("charge", record.charge() == null ? null : new Struct(ShipmentRecords.MONEY_SCHEMA)
                        .put("amount", text(record.charge().amount())).put("currency", record.charge().currency()))
                .put("failureCode", record.failureCode())
                .put("failureMessage", record.failureMessage())
                .put("updatedAt", date(record.updatedAt()));
        struct.validate();
        return struct;
    }

    public static PickupRecord fromStruct(Struct struct) {
        if (struct == null) {
            throw new DataException("a " + TOPIC + " value must not be null (a tombstone has no pickup)");
        }
        List<PickupPiece> pieces = new ArrayList<>();
        if (get(struct, "pieces") instanceof List<?> list) {
            for (Object item : list) {
                Struct piece = (Struct) item;
                pieces.add(new PickupPiece(piece.getString("serviceCode"), piece.getString("destinationCountry"),
                        piece.getString("containerCode"), piece.getInt32("quantity")));
            }
        }
        Struct charge = (Struct) get(struct, "charge");
        String date = requiredString(struct, "date", TOPIC);
        LocalDate day;
        try {
            day = LocalDate.parse(date);
        } catch (DateTimeParseException e) {
            throw new DataException("field date is not a yyyy-MM-dd date: '" + date + "'");
        }
        return new PickupRecord(
                requiredString(struct, "site", TOPIC),
                day,
                enumValue(PickupKind.class, requiredString(struct, "kind", TOPIC), "kind"),
                enumValue(PickupState.class, requiredString(struct, "state", TOPIC), "state"),
                string(struct, "reference"),
                string(struct, "prn"),
                time(struct, "readyTime"),
                time(struct, "closeTime"),
                pieces,
                decimal(struct, "totalWeightKg"),
                bool(struct, "overweight"),
                strings(struct, "orderKeys"),
                charge == null ? null : new Money(decimal(charge, "amount"), string(charge, "currency")),
                string(struct, "failureCode"),
                string(struct, "failureMessage"),
                instant(struct, "updatedAt"));
    }

    private static String time(LocalTime time) {
        return time == null ? null : time.toString();
    }

    private static LocalTime time(Struct struct, String name) {
        String text = string(struct, name);
        try {
            return text == null ? null : LocalTime.parse(text);
        } catch (DateTimeParseException e) {
            throw new DataException("field " + name + " is not an HH:mm time: '" + text + "'");
        }
    }

    /** Pickup records as bytes on the topic: the key as UTF-8, the value as Connect JSON with its schema. */
    public static final class Codec {
        private final JsonConverter converter = new JsonConverter();
        private final String topic;

        public Codec(String topic) {
            this.topic = topic;
            converter.configure(Map.of("schemas.enable", "true", "converter.type", "value"), false);
        }

        public byte[] key(PickupRecord record) {
            return record.key().getBytes(StandardCharsets.UTF_8);
        }

        public byte[] value(PickupRecord record) {
            return converter.fromConnectData(topic, VALUE_SCHEMA, toStruct(record));
        }

        /** The record, or {@code null} for a tombstone. */
        public PickupRecord record(byte[] value) {
            if (value == null) {
                return null;
            }
            SchemaAndValue data = converter.toConnectData(topic, value);
            return data.value() == null ? null : fromStruct((Struct) data.value());
        }
    }
}
