package dev.x3ups.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.SchemaBuilder;
import org.apache.kafka.connect.data.Struct;
import org.apache.kafka.connect.data.Timestamp;
import org.apache.kafka.connect.errors.DataException;
import org.junit.jupiter.api.Test;

class LabelRecordsTest {

    private static final byte[] ZPL = "^XA^FO50,50^FD1Z999AA10123456784^FS^XZ".getBytes(StandardCharsets.US_ASCII);

    static LabelDocument label() {
        return new LabelDocument("1Z999AA10123456784", "SEED:SALES:SO0001", "ATL", 1, 2, DocumentKind.LABEL,
                DocumentFormat.ZPL, ZPL, "1ZA1234567890", Instant.parse("2026-11-27T10:00:05Z"), false);
    }

    @Test
    void labelRoundTrips() {
        LabelDocument back = LabelRecords.fromStruct(LabelRecords.toStruct(label()));

        assertThat(back).isEqualTo(label());
        assertThat(back.image()).isEqualTo(ZPL);
    }

    @Test
    void voidRoundTripsWithoutAnImage() {
        LabelDocument voiding = LabelDocument.voiding(label(), Instant.parse("2026-11-27T10:05:00Z"));

        LabelDocument back = LabelRecords.fromStruct(LabelRecords.toStruct(voiding));

        assertThat(back.voided()).isTrue();
        assertThat(back.imageSize()).isZero();
        assertThat(back.trackingNumber()).isEqualTo("1Z999AA10123456784");
    }

    @Test
    void theJsonConverterGivesBytesBackAsAByteBufferOrArray() {
        Struct struct = LabelRecords.toStruct(label()).put("image", ByteBuffer.wrap(ZPL));

        assertThat(LabelRecords.fromStruct(struct).image()).isEqualTo(ZPL);
    }

    @Test
    void anUnknownKindReadsAsOther() {
        Struct struct = LabelRecords.toStruct(label()).put("kind", "PAPERLESS_INVOICE");

        assertThat(LabelRecords.fromStruct(struct).kind()).isEqualTo(DocumentKind.OTHER);
    }

    @Test
    void anUnknownFormatIsADataErrorNamingTheField() {
        Struct struct = LabelRecords.toStruct(label()).put("format", "BMP");

        assertThatThrownBy(() -> LabelRecords.fromStruct(struct)).isInstanceOf(DataException.class)
                .hasMessageContaining("format").hasMessageContaining("BMP");
    }

    @Test
    void aSequenceOutsideTheCountIsADataError() {
        Struct struct = LabelRecords.toStruct(label()).put("packageSequence", 3);

        assertThatThrownBy(() -> LabelRecords.fromStruct(struct)).isInstanceOf(DataException.class)
                .hasMessageContaining("package 3 of 2");
    }

    @Test
    void readsStructOfAnOlderSchemaWithoutOptionalFields() {
        Schema old = SchemaBuilder.struct().name("dev.x3ups.records.LabelDocument")
                .field("trackingNumber", Schema.STRING_SCHEMA)
                .field("orderKey", Schema.STRING_SCHEMA)
                .field("site", Schema.STRING_SCHEMA)
                .field("packageSequence", Schema.INT32_SCHEMA)
                .field("packageCount", Schema.INT32_SCHEMA)
                .field("kind", Schema.STRING_SCHEMA)
                .field("format", Schema.STRING_SCHEMA)
                .field("image", Schema.BYTES_SCHEMA)
                .field("createdAt", Timestamp.SCHEMA)
                .build();
        Struct struct = new Struct(old).put("trackingNumber", "1Z1").put("orderKey", "SEED:SALES:SO1")
                .put("site", "RNO").put("packageSequence", 1).put("packageCount", 1).put("kind", "LABEL")
                .put("format", "zpl").put("image", ZPL).put("createdAt", new java.util.Date(0));

        LabelDocument document = LabelRecords.fromStruct(struct);

        assertThat(document.format()).isEqualTo(DocumentFormat.ZPL);
        assertThat(document.voided()).isFalse();
        assertThat(document.shipmentId()).isNull();
        assertThat(document.shipmentKey()).isEqualTo("SEED:SALES:SO1");
    }

    @Test
    void toStringLeavesTheImageOut() {
        assertThat(label().toString()).contains("1Z999AA10123456784").contains(ZPL.length + " bytes")
                .doesNotContain("^XA");
    }

    @Test
    void documentsOfOneOrderShareAPartition() {
        int first = LabelRecords.partition("SEED:SALES:SO0001", 6);

        assertThat(first).isBetween(0, 5).isEqualTo(LabelRecords.partition("SEED:SALES:SO0001", 6));
        assertThat(Map.of("a", LabelRecords.partition("SEED:SALES:SO0002", 1))).containsEntry("a", 0);
    }

    @Test
    void theImageIsCopiedInAndOut() {
        byte[] bytes = ZPL.clone();
        LabelDocument document = new LabelDocument("1Z1", "k", "ATL", 1, 1, DocumentKind.LABEL, DocumentFormat.ZPL,
                bytes, null, Instant.EPOCH, false);
        bytes[0] = 'X';
        document.image()[1] = 'Y';

        assertThat(document.image()).isEqualTo(ZPL);
    }

    @Test
    void kindIsReadCaseInsensitively() {
        assertThat(DocumentKind.of("commercial_invoice")).isEqualTo(DocumentKind.COMMERCIAL_INVOICE);
        assertThat(DocumentKind.of(null)).isEqualTo(DocumentKind.OTHER);
    }
}
