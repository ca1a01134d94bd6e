package dev.x3ups.records;

import static dev.x3ups.records.Structs.date;
import static dev.x3ups.records.Structs.decimal;
import static dev.x3ups.records.Structs.enumValue;
import static dev.x3ups.records.Structs.get;
import static dev.x3ups.records.Structs.instant;
import static dev.x3ups.records.Structs.requiredString;
import static dev.x3ups.records.Structs.string;
import static dev.x3ups.records.Structs.strings;
import static dev.x3ups.records.Structs.text;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.time.format.DateTimeParseException;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.SchemaBuilder;
import org.apache.kafka.connect.data.Struct;
import org.apache.kafka.connect.data.Timestamp;
import org.apache.kafka.connect.errors.DataException;

/**
 * The Connect schema of {@code ups.shipments} (the UPS sink's ledger, compacted, key = order key) and
 * the mapping between its Structs and {@link ShipmentLedgerEntry}. Amounts travel as plain-notation
 * strings, as UPS sends them.
 */
public final class ShipmentRecords {

    public static final int SCHEMA_VERSION = 1;
    private static final String TOPIC = "ups.shipments";

    public static final Schema KEY_SCHEMA = Schema.STRING_SCHEMA;

    public static final Schema MONEY_SCHEMA = SchemaBuilder.struct()
            .name("dev.x3ups.records.Money").version(SCHEMA_VERSION).optional()
            .field("amount", Schema.STRING_SCHEMA)
            .field("currency", Schema.STRING_SCHEMA)
            .build();

    public static final Schema VALUE_SCHEMA = SchemaBuilder.struct()
            .name("dev.x3ups.records.ShipmentLedgerEntry").version(SCHEMA_VERSION)
            .doc("One order's shipment state in the UPS sink's ledger")
            .field("orderKey", Schema.STRING_SCHEMA)
            .field("state", SchemaBuilder.string().doc("PENDING, CREATED, FAILED, VOIDED or HELD").build())
            .field("orderRevision", Timestamp.builder().optional().build())
            .field("orderDigest", SchemaBuilder.string().optional()
                    .doc("digest of the order's shipping-relevant content").build())
            .field("reference", SchemaBuilder.string().optional().doc("reference sent to UPS").build())
            .field("shipmentId", Schema.OPTIONAL_STRING_SCHEMA)
            .field("trackingNumbers", SchemaBuilder.array(Schema.STRING_SCHEMA).doc("one per package").build())
            .field("serviceCode", Schema.OPTIONAL_STRING_SCHEMA)
            .field("billedCharges", MONEY_SCHEMA)
            .field("negotiatedCharges", MONEY_SCHEMA)
            .field("subscriptionState", SchemaBuilder.string()
                    .doc("NONE, ACTIVE, FAILED or UNAVAILABLE").defaultValue(SubscriptionState.NONE.name()).build())
            .field("subscriptionExpiry", Timestamp.builder().optional().build())
            .field("failureCode", Schema.OPTIONAL_STRING_SCHEMA)
            .field("failureMessage", Schema.OPTIONAL_STRING_SCHEMA)
            .field("updatedAt", Timestamp.builder().optional().build())
            .field("notes", SchemaBuilder.string().optional()
                    .doc("what the UPS sink supplied that X3 did not hold (configured defaults)").build())
            .field("voidedShipmentIds", SchemaBuilder.array(Schema.STRING_SCHEMA).optional()
                    .doc("earlier shipments of this order voided at UPS, oldest first").build())
            .field("reconciledAt", Timestamp.builder().optional()
                    .doc("when the shipment went through reconciliation (audited for late twins)").build())
            .field("pickupDate", SchemaBuilder.string().optional()
                    .doc("site-local business day (yyyy-MM-dd) of the pickup that collects the shipment").build())
            .field("site", SchemaBuilder.string().optional()
                    .doc("X3 site (warehouse) the shipment leaves from or arrives at").build())
            .field("destinationCountry", SchemaBuilder.string().optional()
                    .doc("ship-to country, ISO 3166 two letters").build())
            .field("packageWeightsKg", SchemaBuilder.array(Schema.STRING_SCHEMA).optional()
                    .doc("each package's weight in kilograms (plain decimal), as declared to a pickup").build())
            .field("shipAttempts", SchemaBuilder.int32().optional()
                    .doc("ship calls sent for the order's current content; absent or 0 when unknown").build())
            .field("deliveredAt", Timestamp.builder().optional()
                    .doc("when UPS reported the shipment delivered or returned; absent while it travels").build())
            .build();

    private ShipmentRecords() {
    }

    public static Struct toStruct(ShipmentLedgerEntry entry) {
        Struct struct = new Struct(VALUE_SCHEMA)
                .put("orderKey", entry.orderKey())
                .put("state", entry.state().name())
                .put("orderRevision", date(entry.orderRevision()))
                .put("orderDigest", entry.orderDigest())
                .put("reference", entry.reference())
                .put("shipmentId", entry.shipmentId())
                .put("trackingNumbers", entry.trackingNumbers())
                .put("serviceCode", entry.serviceCode())
                .put("billedCharges", money(entry.billedCharges()))
                .put("negotiatedCharges", money(entry.negotiatedCharges()))
                .put("subscriptionState", entry.subscriptionState().name())
                .put("subscriptionExpiry", date(entry.subscriptionExpiry()))
                .put("failureCode", entry.failureCode())
                .put("failureMessage", entry.failureMessage())
                .put("updatedAt", date(entry.updatedAt()))
                .put("notes", entry.notes())
                .put("voidedShipmentIds", entry.voidedShipmentIds())
                .put("reconciledAt", date(entry.reconciledAt()))
                .put("pickupDate", entry.pickupDate() == null ? null : entry.pickupDate().toString())
                .put("site", entry.site())
                .put("destinationCountry", entry.destinationCountry())
                .put("packageWeightsKg", entry.packageWeightsKg().stream().map(Structs::text).toList())
                .put("shipAttempts", entry.shipAttempts())
                .put("deliveredAt", date(entry.deliveredAt()));
        struct.validate();
        return struct;
    }

    public static ShipmentLedgerEntry fromStruct(Struct struct) {
        if (struct == null) {
            throw new DataException("a " + TOPIC + " value must not be null (a tombstone has no entry)");
        }
        String subscription = string(struct, "subscriptionState");
        return new ShipmentLedgerEntry(
                requiredString(struct, "orderKey", TOPIC),
                enumValue(ShipmentState.class, requiredString(struct, "state", TOPIC), "state"),
                instant(struct, "orderRevision"),
                string(struct, "orderDigest"),
                string(struct, "reference"),
                string(struct, "shipmentId"),
                strings(struct, "trackingNumbers"),
                string(struct, "serviceCode"),
                money((Struct) get(struct, "billedCharges")),
                money((Struct) get(struct, "negotiatedCharges")),
                subscription == null ? null : enumValue(SubscriptionState.class, subscription, "subscriptionState"),
                instant(struct, "subscriptionExpiry"),
                string(struct, "failureCode"),
                string(struct, "failureMessage"),
                instant(struct, "updatedAt"),
                string(struct, "notes"),
                strings(struct, "voidedShipmentIds"),
                instant(struct, "reconciledAt"),
                localDate(struct, "pickupDate"),
                string(struct, "site"),
                string(struct, "destinationCountry"),
                decimals(struct, "packageWeightsKg"),
                struct.schema().field("shipAttempts") == null || struct.get("shipAttempts") == null ? 0
                        : (Integer) struct.get("shipAttempts"),
                instant(struct, "deliveredAt"));
    }

    private static LocalDate localDate(Struct struct, String name) {
        String text = string(struct, name);
        try {
            return text == null ? null : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new DataException("field " + name + " is not a yyyy-MM-dd date: '" + text + "'");
        }
    }

    private static List<BigDecimal> decimals(Struct struct, String name) {
        try {
            return strings(struct, name).stream().map(BigDecimal::new).toList();
        } catch (NumberFormatException e) {
            throw new DataException("field " + name + " holds a value that is not a decimal number");
        }
    }

    private static Struct money(Money money) {
        return money == null ? null
                : new Struct(MONEY_SCHEMA).put("amount", text(money.amount())).put("currency", money.currency());
    }

    private static Money money(Struct struct) {
        return struct == null ? null : new Money(decimal(struct, "amount"), string(struct, "currency"));
    }
}
