package dev.x3ups.records;

import static dev.x3ups.records.Structs.decimal;
import static dev.x3ups.records.Structs.get;
import static dev.x3ups.records.Structs.string;
import static dev.x3ups.records.Structs.text;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.SchemaBuilder;
import org.apache.kafka.connect.data.Struct;
import org.apache.kafka.connect.data.Timestamp;
import org.apache.kafka.connect.errors.DataException;

/**
 * The Connect schema of {@code x3.orders} and the mapping between its Structs and {@link Order}.
 *
 * <p>Decimals (quantities, weights, dimensions, totals) travel as plain-notation strings: X3 sends
 * numbers as strings with a scale that varies by field and unit, and Connect's {@code Decimal} logical
 * type fixes one scale per schema, which would round or reject values. {@link #fromStruct} parses
 * them back exactly. The revision travels as a Connect {@code Timestamp} (millisecond precision, X3's
 * UPDDATTIM has seconds). The key is {@link Order#key()} as a string.
 *
 * <p>{@link #fromStruct} reads only the fields it finds, so a reader on a newer version accepts
 * records written with an older schema that lacked an optional field.
 */
public final class OrderRecords {

    public static final int SCHEMA_VERSION = 1;

    public static final Schema KEY_SCHEMA = Schema.STRING_SCHEMA;

    public static final Schema DIMENSIONS_SCHEMA = SchemaBuilder.struct()
            .name("dev.x3ups.records.Dimensions").version(SCHEMA_VERSION).optional()
            .doc("Item dimensions where the site keeps them")
            .field("length", Schema.STRING_SCHEMA)
            .field("width", Schema.STRING_SCHEMA)
            .field("height", Schema.STRING_SCHEMA)
            .field("unit", SchemaBuilder.string().doc("CM or IN").build())
            .build();

    public static final Schema ADDRESS_SCHEMA = SchemaBuilder.struct()
            .name("dev.x3ups.records.Address").version(SCHEMA_VERSION).optional()
            .doc("A postal address as X3 holds it")
            .field("name", Schema.OPTIONAL_STRING_SCHEMA)
            .field("attention", Schema.OPTIONAL_STRING_SCHEMA)
            .field("phone", Schema.OPTIONAL_STRING_SCHEMA)
            .field("email", Schema.OPTIONAL_STRING_SCHEMA)
            .field("lines", SchemaBuilder.array(Schema.STRING_SCHEMA).doc("up to 3 street lines").build())
            .field("city", Schema.OPTIONAL_STRING_SCHEMA)
            .field("stateProvince", Schema.OPTIONAL_STRING_SCHEMA)
            .field("postalCode", Schema.OPTIONAL_STRING_SCHEMA)
            .field("countryCode", SchemaBuilder.string().doc("ISO 3166-1 alpha-2").build())
            .field("residential", SchemaBuilder.bool().defaultValue(false).build())
            .build();

    public static final Schema LINE_SCHEMA = SchemaBuilder.struct()
            .name("dev.x3ups.records.OrderLine").version(SCHEMA_VERSION)
            .doc("One order line; decimals as plain-notation strings")
            .field("lineNumber", Schema.INT32_SCHEMA)
            .field("item", Schema.OPTIONAL_STRING_SCHEMA)
            .field("description", Schema.OPTIONAL_STRING_SCHEMA)
            .field("quantity", Schema.OPTIONAL_STRING_SCHEMA)
            .field("unit", Schema.OPTIONAL_STRING_SCHEMA)
            .field("unitWeight", Schema.OPTIONAL_STRING_SCHEMA)
            .field("lineWeight", Schema.OPTIONAL_STRING_SCHEMA)
            .field("weightUnit", Schema.OPTIONAL_STRING_SCHEMA)
            .field("dimensions", DIMENSIONS_SCHEMA)
            .field("unitPrice", SchemaBuilder.string().optional().doc("net unit price in the order currency").build())
            .field("commodityCode", SchemaBuilder.string().optional().doc("HS commodity code").build())
            .field("originCountry", SchemaBuilder.string().optional().doc("country of origin, ISO 3166-1 alpha-2").build())
            .field("itemFamily", SchemaBuilder.string().optional().doc("item family / category code").build())
            .build();

    public static final Schema WRITE_BACK_SCHEMA = SchemaBuilder.struct()
            .name("dev.x3ups.records.WriteBack").version(SCHEMA_VERSION).optional()
            .doc("What X3's write-back record held for the order when it was read")
            .field("trackingNumbers", SchemaBuilder.array(Schema.STRING_SCHEMA).doc("tracking numbers in X3").build())
            .field("orderDigest", SchemaBuilder.string().optional()
                    .doc("digest of the content the shipment was made for").build())
            .field("revision", Timestamp.builder().optional().doc("the write-back record's UPDDATTIM").build())
            .build();

    public static final Schema VALUE_SCHEMA = SchemaBuilder.struct()
            .name("dev.x3ups.records.Order").version(SCHEMA_VERSION)
            .doc("A Sage X3 sales or purchase order at one revision")
            .field("kind", SchemaBuilder.string().doc("SALES or PURCHASE").build())
            .field("folder", Schema.STRING_SCHEMA)
            .field("number", Schema.STRING_SCHEMA)
            .field("site", Schema.OPTIONAL_STRING_SCHEMA)
            .field("revision", Timestamp.builder().doc("X3 UPDDATTIM (UTC)").build())
            .field("partyCode", SchemaBuilder.string().optional().doc("customer (sales) or supplier (purchase)").build())
            .field("shipFrom", ADDRESS_SCHEMA)
            .field("shipTo", ADDRESS_SCHEMA)
            .field("lines", SchemaBuilder.array(LINE_SCHEMA).build())
            .field("totalAmount", Schema.OPTIONAL_STRING_SCHEMA)
            .field("currency", Schema.OPTIONAL_STRING_SCHEMA)
            .field("deliveryMode", Schema.OPTIONAL_STRING_SCHEMA)
            .field("carrier", Schema.OPTIONAL_STRING_SCHEMA)
            .field("status", Schema.OPTIONAL_STRING_SCHEMA)
            .field("customerReference", Schema.OPTIONAL_STRING_SCHEMA)
            .field("writeBack", WRITE_BACK_SCHEMA)
            .build();

    private OrderRecords() {
    }

    public static String key(Order order) {
        return order.key();
    }

    public static Struct toStruct(Order order) {
        List<Struct> lines = new ArrayList<>(order.lines().size());
        for (OrderLine line : order.lines()) {
            lines.add(lineStruct(line));
        }
        Struct struct = new Struct(VALUE_SCHEMA)
                .put("kind", order.kind().name())
                .put("folder", order.folder())
                .put("number", order.number())
                .put("site", order.site())
                .put("revision", Date.from(order.revision()))
                .put("partyCode", order.partyCode())
                .put("shipFrom", addressStruct(order.shipFrom()))
                .put("shipTo", addressStruct(order.shipTo()))
                .put("lines", lines)
                .put("totalAmount", text(order.totalAmount()))
                .put("currency", order.currency())
                .put("deliveryMode", order.deliveryMode())
                .put("carrier", order.carrier())
                .put("status", order.status())
                .put("customerReference", order.customerReference())
                .put("writeBack", writeBackStruct(order.writeBack()));
        struct.validate();
        return struct;
    }

    public static Order fromStruct(Struct struct) {
        if (struct == null) {
            throw new DataException("an x3.orders value must not be null");
        }
        String kind = string(struct, "kind");
        if (kind == null) {
            throw new DataException("x3.orders value has no kind");
        }
        Object revision = get(struct, "revision");
        if (!(revision instanceof Date date)) {
            throw new DataException("x3.orders value has no revision timestamp");
        }
        List<OrderLine> lines = new ArrayList<>();
        Object rawLines = get(struct, "lines");
        if (rawLines instanceof List<?> list) {
            for (Object item : list) {
                lines.add(line((Struct) item));
            }
        }
        try {
            return new Order(OrderKind.valueOf(kind), string(struct, "folder"), string(struct, "number"),
                    string(struct, "site"), Instant.ofEpochMilli(date.getTime()), string(struct, "partyCode"),
                    address((Struct) get(struct, "shipFrom")), address((Struct) get(struct, "shipTo")), lines,
                    decimal(struct, "totalAmount"), string(struct, "currency"), string(struct, "deliveryMode"),
                    string(struct, "carrier"), string(struct, "status"), string(struct, "customerReference"),
                    writeBack((Struct) get(struct, "writeBack")));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new DataException("x3.orders value is not a valid order: " + e.getMessage(), e);
        }
    }

    private static Struct lineStruct(OrderLine line) {
        return new Struct(LINE_SCHEMA)
                .put("lineNumber", line.lineNumber())
                .put("item", line.item())
                .put("description", line.description())
                .put("quantity", text(line.quantity()))
                .put("unit", line.unit())
                .put("unitWeight", text(line.unitWeight()))
                .put("lineWeight", text(line.lineWeight()))
                .put("weightUnit", line.weightUnit())
                .put("dimensions", dimensionsStruct(line.dimensions()))
                .put("unitPrice", text(line.unitPrice()))
                .put("commodityCode", line.commodityCode())
                .put("originCountry", line.originCountry())
                .put("itemFamily", line.itemFamily());
    }

    private static OrderLine line(Struct struct) {
        Object lineNumber = get(struct, "lineNumber");
        return new OrderLine(lineNumber == null ? 0 : (Integer) lineNumber, string(struct, "item"),
                string(struct, "description"), decimal(struct, "quantity"), string(struct, "unit"),
                decimal(struct, "unitWeight"), decimal(struct, "lineWeight"), string(struct, "weightUnit"),
                dimensions((Struct) get(struct, "dimensions")), decimal(struct, "unitPrice"),
                string(struct, "commodityCode"), string(struct, "originCountry"), string(struct, "itemFamily"));
    }

    private static Struct addressStruct(Address address) {
        if (address == null) {
            return null;
        }
        return new Struct(ADDRESS_SCHEMA)
                .put("name", address.name())
                .put("attention", address.attention())
                .put("phone", address.phone())
                .put("email", address.email())
                .put("lines", address.lines())
                .put("city", address.city())
                .put("stateProvince", address.stateProvince())
                .put("postalCode", address.postalCode())
                .put("countryCode", address.countryCode())
                .put("residential", address.residential());
    }

    private static Address address(Struct struct) {
        if (struct == null) {
            return null;
        }
        List<String> lines = new ArrayList<>();
        if (get(struct, "lines") instanceof List<?> list) {
            list.forEach(l -> lines.add((String) l));
        }
        return new Address(string(struct, "name"), string(struct, "attention"), string(struct, "phone"),
                string(struct, "email"), lines, string(struct, "city"), string(struct, "stateProvince"),
                string(struct, "postalCode"), string(struct, "countryCode"),
                Boolean.TRUE.equals(get(struct, "residential")));
    }

    private static Struct writeBackStruct(WriteBack writeBack) {
        if (writeBack == null) {
            return null;
        }
        return new Struct(WRITE_BACK_SCHEMA)
                .put("trackingNumbers", writeBack.trackingNumbers())
                .put("orderDigest", writeBack.orderDigest())
                .put("revision", writeBack.revision() == null ? null : Date.from(writeBack.revision()));
    }

    private static WriteBack writeBack(Struct struct) {
        if (struct == null) {
            return null;
        }
        List<String> numbers = new ArrayList<>();
        if (get(struct, "trackingNumbers") instanceof List<?> list) {
            list.forEach(n -> numbers.add((String) n));
        }
        return new WriteBack(numbers, string(struct, "orderDigest"), Structs.instant(struct, "revision"));
    }

    private static Struct dimensionsStruct(Dimensions dimensions) {
        if (dimensions == null) {
            return null;
        }
        return new Struct(DIMENSIONS_SCHEMA)
                .put("length", text(dimensions.length()))
                .put("width", text(dimensions.width()))
                .put("height", text(dimensions.height()))
                .put("unit", dimensions.unit());
    }

    private static Dimensions dimensions(Struct struct) {
        if (struct == null) {
            return null;
        }
        return new Dimensions(decimal(struct, "length"), decimal(struct, "width"), decimal(struct, "height"),
                string(struct, "unit"));
    }
}
