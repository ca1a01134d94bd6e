package dev.x3ups.records;

import static dev.x3ups.records.Structs.bool;
import static dev.x3ups.records.Structs.date;
import static dev.x3ups.records.Structs.enumValue;
import static dev.x3ups.records.Structs.get;
import static dev.x3ups.records.Structs.instant;
import static dev.x3ups.records.Structs.requiredString;
import static dev.x3ups.records.Structs.string;

import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.Locale;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.SchemaBuilder;
import org.apache.kafka.connect.data.Struct;
import org.apache.kafka.connect.data.Timestamp;
import org.apache.kafka.connect.errors.DataException;

/**
 * The Connect schema of {@code ups.labels} (key = tracking number, one record per package document) and the
 * mapping between its Structs and {@link LabelDocument}.
 *
 * <p>Writers put every document of one shipment on the same partition, chosen with {@link #partition(String, int)}
 * from the order key, in package order: a reader then sees a shipment's documents together and in order even
 * though the record key is the tracking number. {@link #fromStruct} reads only the fields it finds, so a newer
 * reader accepts records written with an older schema; an unknown document kind reads as
 * {@link DocumentKind#OTHER}.
 */
public final class LabelRecords {

    public static final int SCHEMA_VERSION = 1;
    private static final String TOPIC = "ups.labels";

    public static final Schema KEY_SCHEMA = Schema.STRING_SCHEMA;

    public static final Schema VALUE_SCHEMA = SchemaBuilder.struct()
            .name("dev.x3ups.records.LabelDocument").version(SCHEMA_VERSION)
            .doc("One printable document (label, commercial invoice, ...) of one UPS package")
            .field("trackingNumber", Schema.STRING_SCHEMA)
            .field("orderKey", Schema.STRING_SCHEMA)
            .field("site", SchemaBuilder.string().doc("X3 site whose printer gets the document").build())
            .field("packageSequence", SchemaBuilder.int32().doc("the package's position in its shipment, from 1").build())
            .field("packageCount", SchemaBuilder.int32().doc("packages in the shipment").build())
            .field("kind", SchemaBuilder.string()
                    .doc("LABEL, COMMERCIAL_INVOICE, CERTIFICATE_OF_ORIGIN, CUSTOMS_DECLARATION, HIGH_VALUE_REPORT, "
                            + "RETURN_LABEL; readers take an unknown kind as OTHER").build())
            .field("format", SchemaBuilder.string().doc("ZPL, EPL, SPL, GIF, PNG or PDF").build())
            .field("image", SchemaBuilder.bytes().optional()
                    .doc("the document as UPS returned it, base64 decoded; empty or null for a void").build())
            .field("shipmentId", SchemaBuilder.string().optional().doc("UPS ShipmentIdentificationNumber").build())
            .field("createdAt", Timestamp.builder().doc("when the document was obtained from UPS").build())
            .field("voided", SchemaBuilder.bool().defaultValue(false)
                    .doc("true withdraws this tracking number's documents from printers that have not printed them")
                    .build())
            .build();

    private LabelRecords() {
    }

    public static Struct toStruct(LabelDocument document) {
        Struct struct = new Struct(VALUE_SCHEMA)
                .put("trackingNumber", document.trackingNumber())
                .put("orderKey", document.orderKey())
                .put("site", document.site())
                .put("packageSequence", document.packageSequence())
                .put("packageCount", document.packageCount())
                .put("kind", document.kind().name())
                .put("format", document.format().name())
                .put("image", document.image())
                .put("shipmentId", document.shipmentId())
                .put("createdAt", date(document.createdAt()))
                .put("voided", document.voided());
        struct.validate();
        return struct;
    }

    public static LabelDocument fromStruct(Struct struct) {
        if (struct == null) {
            throw new DataException("a " + TOPIC + " value must not be null");
        }
        Instant created = instant(struct, "createdAt");
        if (created == null) {
            throw new DataException(TOPIC + " value has no createdAt");
        }
        int sequence = number(struct, "packageSequence");
        int count = number(struct, "packageCount");
        if (sequence < 1 || count < sequence) {
            throw new DataException(TOPIC + " value has package " + sequence + " of " + count);
        }
        return new LabelDocument(
                requiredString(struct, "trackingNumber", TOPIC),
                requiredString(struct, "orderKey", TOPIC),
                requiredString(struct, "site", TOPIC),
                sequence,
                count,
                DocumentKind.of(string(struct, "kind")),
                enumValue(DocumentFormat.class,
                        requiredString(struct, "format", TOPIC).strip().toUpperCase(Locale.ROOT), "format"),
                bytes(struct, "image"),
                string(struct, "shipmentId"),
                created,
                bool(struct, "voided"));
    }

    /**
     * The partition a writer puts the documents of the order {@code orderKey} on, so that one shipment's documents
     * share a partition (and keep their order) although the key is the tracking number.
     */
    public static int partition(String orderKey, int partitions) {
        if (partitions < 1) {
            throw new IllegalArgumentException("partitions must be at least 1");
        }
        return Math.floorMod(orderKey.hashCode(), partitions);
    }

    private static int number(Struct struct, String name) {
        if (get(struct, name) instanceof Number number) {
            return number.intValue();
        }
        throw new DataException(TOPIC + " value has no " + name);
    }

    private static byte[] bytes(Struct struct, String name) {
        Object value = get(struct, name);
        if (value instanceof ByteBuffer buffer) {
            byte[] copy = new byte[buffer.remaining()];
            buffer.duplicate().get(copy);
            return copy;
        }
        return value instanceof byte[] array ? array : new byte[0];
    }
}
