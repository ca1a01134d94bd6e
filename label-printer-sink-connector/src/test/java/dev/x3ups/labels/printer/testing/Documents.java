package dev.x3ups.labels.printer.testing;

import dev.x3ups.records.DocumentFormat;
import dev.x3ups.records.DocumentKind;
import dev.x3ups.records.LabelDocument;
import dev.x3ups.records.LabelRecords;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.sink.SinkRecord;

/** Label documents and their sink records for tests. */
public final class Documents {
    public static final String TOPIC = "ups.labels";

    private Documents() {
    }

    /** A ZPL label whose text names its order, package and tracking number. */
    public static LabelDocument label(String site, String order, int sequence, int count) {
        String tracking = tracking(order, sequence);
        return new LabelDocument(tracking, "SEED:SALES:" + order, site, sequence, count, DocumentKind.LABEL,
                DocumentFormat.ZPL, zpl(order, sequence), "S" + order, Instant.parse("2026-12-07T10:00:00Z"), false);
    }

    public static LabelDocument as(LabelDocument document, DocumentKind kind, DocumentFormat format) {
        return new LabelDocument(document.trackingNumber(), document.orderKey(), document.site(),
                document.packageSequence(), document.packageCount(), kind, format, document.image(),
                document.shipmentId(), document.createdAt(), false);
    }

    public static String tracking(String order, int sequence) {
        return "1Z999AA1" + order.replaceAll("\\D", "") + String.format("%02d", sequence);
    }

    public static byte[] zpl(String order, int sequence) {
        return ("^XA^FO50,50^FD" + order + " package " + sequence + "^FS^XZ").getBytes(StandardCharsets.US_ASCII);
    }

    public static SinkRecord record(LabelDocument document, int partition, long offset) {
        return new SinkRecord(TOPIC, partition, Schema.STRING_SCHEMA, document.trackingNumber(),
                LabelRecords.VALUE_SCHEMA, LabelRecords.toStruct(document), offset);
    }
}
