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
 * Recognises an order row whose only change is our own write-back: X3 stamps the order's UPDDATTIM when the
 * write-back record changes, so such a row comes back in every walk although nothing of the order changed.
 *
 * <p>A row is an echo when the write-back record changed within the tolerance of the row's UPDDATTIM (the
 * order's last change is the write-back's) and the row's header fingerprint (every query field but UPDDATTIM
 * and the {@code $} fields) equals the one taken when this order was last read in full. Anything unsure — no
 * record, no fingerprint remembered (first sight, restart, forgotten), a header change — is not an echo: the
 * row is read in full, which is always safe. The limit (a change of lines alone, which the header does not
 * show, masked by a write-back before the source's next walk) is explained in docs/architecture.md, "No echo
 * of our own write-back".
 */
final class EchoFilter {

    /**
     * Orders whose fingerprint is remembered per task: about the orders a large site has in flight (2,000 a day
     * for a month and a half) at some 100 bytes each; an order forgotten costs one {@code $details} read.
     */
    static final int REMEMBERED_ORDERS = 100_000;

    private final Duration tolerance;
    private final RecentValues<Long> fingerprints;

    EchoFilter(Duration tolerance) {
        this(tolerance, REMEMBERED_ORDERS);
    }

    EchoFilter(Duration tolerance, int capacity) {
        this.tolerance = tolerance;
        this.fingerprints = new RecentValues<>(capacity);
    }

    boolean isEcho(OrderKind kind, String number, JsonNode row, WriteBack writeBack) {
        if (writeBack == null || writeBack.revision() == null) {
            return false;
        }
        Instant revision = new X3Row(row).instant("UPDDATTIM");
        if (revision == null || Duration.between(writeBack.revision(), revision).abs().compareTo(tolerance) > 0) {
            return false;
        }
        Long remembered = fingerprints.get(kind + ":" + number);
        return remembered != null && remembered == fingerprint(row);
    }

    /** Remembers the header of a row just read in full. */
    void readInFull(OrderKind kind, String number, JsonNode row) {
        fingerprints.put(kind + ":" + number, fingerprint(row));
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
