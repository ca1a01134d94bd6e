package dev.x3ups.x3.client.rest;

import com.fasterxml.jackson.databind.JsonNode;
import dev.x3ups.records.OrderKind;
import dev.x3ups.records.WriteBack;
import dev.x3ups.x3.client.Fingerprint;
import dev.x3ups.x3.client.RecentValues;
import dev.x3ups.x3.client.mapping.X3Row;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

/**
 * Recognises an order row that holds nothing new: the echo of our own write-back (X3 stamps the order's
 * UPDDATTIM when the write-back record changes, so the order comes back although nothing of it changed), or the
 * same revision read again (each walk starts an overlap before its offset).
 *
 * <p>A row holds nothing new when its header fingerprint (every query field but UPDDATTIM and the {@code $}
 * fields) equals the one taken when this order was last read in full, and either its UPDDATTIM is the one read
 * then, or the write-back record changed within the tolerance of it (the order's last change is the
 * write-back's). Anything unsure — no fingerprint remembered (first sight, restart, forgotten), a header change,
 * a later change without write-back — reads the row in full, which is always safe. The limit (a change of the
 * lines alone, which the header does not show, stamped in the second of our read or masked by our write-back
 * before the next walk) is explained in docs/architecture.md, "No echo of our own write-back".
 */
final class EchoFilter {

    /**
     * Orders whose fingerprint is remembered per task: about the orders a large site has in flight (2,000 a day
     * for a month and a half) at some 100 bytes each; an order forgotten costs one {@code $details} read.
     */
    static final int REMEMBERED_ORDERS = 100_000;

    private record Read(long fingerprint, Instant revision) {
    }

    private final Duration tolerance;
    private final RecentValues<Read> reads;

    EchoFilter(Duration tolerance) {
        this(tolerance, REMEMBERED_ORDERS);
    }

    EchoFilter(Duration tolerance, int capacity) {
        this.tolerance = tolerance;
        this.reads = new RecentValues<>(capacity);
    }

    boolean holdsNothingNew(OrderKind kind, String number, JsonNode row, WriteBack writeBack) {
        Read last = sameHeader(kind, number, row);
        Instant revision = new X3Row(row).instant("UPDDATTIM");
        if (last == null || revision == null) {
            return false;
        }
        return revision.equals(last.revision()) || writeBack != null && writeBack.revision() != null
                && Duration.between(writeBack.revision(), revision).abs().compareTo(tolerance) <= 0;
    }

    /** The revision read in full before, brought again by the overlap: decided without the write-back record. */
    boolean readBefore(OrderKind kind, String number, JsonNode row) {
        Read last = sameHeader(kind, number, row);
        Instant revision = new X3Row(row).instant("UPDDATTIM");
        return last != null && revision != null && revision.equals(last.revision());
    }

    private Read sameHeader(OrderKind kind, String number, JsonNode row) {
        Read last = reads.get(kind + ":" + number);
        return last == null || last.fingerprint() != fingerprint(row) ? null : last;
    }

    /** Remembers the header and revision of a row just read in full. */
    void readInFull(OrderKind kind, String number, JsonNode row) {
        Instant revision = new X3Row(row).instant("UPDDATTIM");
        if (revision != null) {
            reads.put(kind + ":" + number, new Read(fingerprint(row), revision));
        }
    }

    static long fingerprint(JsonNode row) {
        Map<String, String> fields = new TreeMap<>();
        row.properties().forEach(field -> {
            if (!field.getKey().startsWith("$") && !field.getKey().equals("UPDDATTIM")) {
                fields.put(field.getKey(), field.getValue().toString());
            }
        });
        return Fingerprint.of(fields.toString());
    }
}
