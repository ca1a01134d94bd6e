package dev.x3ups.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.SchemaBuilder;
import org.apache.kafka.connect.data.Struct;
import org.apache.kafka.connect.data.Timestamp;
import org.apache.kafka.connect.errors.DataException;
import org.junit.jupiter.api.Test;

class OrderRecordsTest {

    private static final Instant REVISION = Instant.parse("2026-03-04T10:15:30Z");

    static Order purchaseOrder() {
        Address supplier = new Address("Nordwerk GmbH", "Jana Keller", "+49 30 1234", "ship@nordwerk.de",
                List.of("Industriestr. 5", "Halle 3"), "Berlin", null, "10115", "DE", false);
        Address receiving = new Address("Main warehouse", null, null, null, List.of("1 Dock Rd"), "Atlanta",
                "GA", "30301", "US", false);
        OrderLine withDimensions = new OrderLine(1000, "BOLT-10", "Bolt M10", new BigDecimal("12.500"), "EA",
                new BigDecimal("0.0125"), new BigDecimal("0.15625"), "KG",
                new Dimensions(new BigDecimal("10"), new BigDecimal("2.5"), new BigDecimal("2.50"), "CM"),
                new BigDecimal("0.40"), "7318.15", "DE", "FAST");
        OrderLine bare = new OrderLine(2000, "GLUE", null, null, null, null, null, null, null);
        return new Order(OrderKind.PURCHASE, "SEED", "POFR0001", "FR011", REVISION, "SUP001", supplier, receiving,
                List.of(withDimensions, bare), new BigDecimal("1234.50"), "EUR", "3", "UPS", "OPEN", "REF-77");
    }

    @Test
    void roundTripKeepsEveryFieldAndDecimalScale() {
        Order order = purchaseOrder();

        Order back = OrderRecords.fromStruct(OrderRecords.toStruct(order));

        assertThat(back).isEqualTo(order);
        assertThat(back.lines().get(0).dimensions().height()).isEqualByComparingTo("2.5")
                .hasToString("2.50");
    }

    @Test
    void writeBackEvidenceRoundTrips() {
        Order order = purchaseOrder().withWriteBack(new WriteBack(List.of("1Z999AA10000000001", "1Z999AA10000000002"),
                "9f2c", Instant.parse("2026-03-05T08:00:00Z")));

        Order back = OrderRecords.fromStruct(OrderRecords.toStruct(order));

        assertThat(back).isEqualTo(order);
        assertThat(back.writeBack().shipped()).isTrue();
        assertThat(OrderRecords.fromStruct(OrderRecords.toStruct(purchaseOrder())).writeBack()).isNull();
        assertThat(new WriteBack(null, " ", null).shipped()).isFalse();
        assertThat(new WriteBack(null, " ", null).orderDigest()).isNull();
    }

    @Test
    void salesOrderWithoutShipFromRoundTrips() {
        Order sales = new Order(OrderKind.SALES, "SEED", "SO1", null, REVISION, null, null,
                new Address(null, null, null, null, List.of(), null, null, null, "GB", true), List.of(),
                null, null, null, null, null, null);

        assertThat(OrderRecords.fromStruct(OrderRecords.toStruct(sales))).isEqualTo(sales);
    }

    @Test
    void structCarriesNamedVersionedSchemaAndTimestampRevision() {
        Struct struct = OrderRecords.toStruct(purchaseOrder());

        assertThat(struct.schema().name()).isEqualTo("dev.x3ups.records.Order");
        assertThat(struct.schema().version()).isEqualTo(OrderRecords.SCHEMA_VERSION);
        assertThat(struct.schema().field("revision").schema().name()).isEqualTo(Timestamp.LOGICAL_NAME);
        assertThat(struct.get("revision")).isEqualTo(Date.from(REVISION));
        assertThat(struct.getString("totalAmount")).isEqualTo("1234.50");
        assertThat(struct.getStruct("shipFrom").getArray("lines")).containsExactly("Industriestr. 5", "Halle 3");
        assertThat(OrderRecords.key(purchaseOrder())).isEqualTo("SEED:PURCHASE:POFR0001");
    }

    @Test
    void readsStructsOfAnOlderSchemaWithoutOptionalFields() {
        Schema older = SchemaBuilder.struct().name("dev.x3ups.records.Order")
                .field("kind", Schema.STRING_SCHEMA)
                .field("folder", Schema.STRING_SCHEMA)
                .field("number", Schema.STRING_SCHEMA)
                .field("revision", Timestamp.SCHEMA)
                .build();
        Struct struct = new Struct(older).put("kind", "SALES").put("folder", "SEED").put("number", "SO9")
                .put("revision", Date.from(REVISION));

        Order order = OrderRecords.fromStruct(struct);

        assertThat(order.key()).isEqualTo("SEED:SALES:SO9");
        assertThat(order.revision()).isEqualTo(REVISION);
        assertThat(order.lines()).isEmpty();
        assertThat(order.shipTo()).isNull();
    }

    @Test
    void rejectsMalformedValuesWithTheFieldName() {
        Struct struct = OrderRecords.toStruct(purchaseOrder()).put("totalAmount", "12,5");

        assertThatThrownBy(() -> OrderRecords.fromStruct(struct))
                .isInstanceOf(DataException.class).hasMessageContaining("totalAmount");
        Struct unknownKind = OrderRecords.toStruct(purchaseOrder()).put("kind", "RETURN");
        assertThatThrownBy(() -> OrderRecords.fromStruct(unknownKind)).isInstanceOf(DataException.class);
        assertThatThrownBy(() -> OrderRecords.fromStruct(null)).isInstanceOf(DataException.class);
    }
}
