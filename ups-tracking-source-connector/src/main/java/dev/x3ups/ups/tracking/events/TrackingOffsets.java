package dev.x3ups.ups.tracking.events;

import dev.x3ups.records.UpsStatus;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * Source partitions and offsets. Each event's offset is its package's status under the partition
 * {@code {"trackingNumber": ...}}, so a restarted task seeds {@link ShipmentProgress} from Connect's offsets
 * and does not emit again what it already wrote. A reconciler's cursor rides on the last event of its pass under
 * the partition {@code {"reconciler": ...}}, together with that event's package status.
 */
public final class TrackingOffsets {
    public static final String TRACKING_NUMBER = "trackingNumber";
    public static final String RECONCILER = "reconciler";
    static final String GMT = "gmt";
    static final String TYPE = "type";
    static final String CODE = "code";
    static final String RANK = "rank";

    private TrackingOffsets() {
    }

    public static Map<String, Object> packagePartition(String trackingNumber) {
        return Map.of(TRACKING_NUMBER, trackingNumber);
    }

    public static Map<String, Object> reconcilerPartition(String reconciler) {
        return Map.of(RECONCILER, reconciler);
    }

    /** The package status as an offset, plus {@code extra} (a reconciler's cursor fields). */
    public static Map<String, Object> offset(String trackingNumber, PackageStatus status, Map<String, ?> extra) {
        Map<String, Object> offset = new HashMap<>();
        if (extra != null) {
            offset.putAll(extra);
        }
        offset.put(TRACKING_NUMBER, trackingNumber);
        offset.put(GMT, status.activityTime().toEpochMilli());
        offset.put(TYPE, status.statusType());
        if (status.statusCode() != null) {
            offset.put(CODE, status.statusCode());
        }
        offset.put(RANK, status.rank());
        return offset;
    }

    /** The package status stored in an offset, or null when the offset holds none. */
    public static PackageStatus status(Map<String, ?> offset) {
        if (offset == null || !(offset.get(GMT) instanceof Number gmt) || !(offset.get(TYPE) instanceof String type)) {
            return null;
        }
        Object code = offset.get(CODE);
        int rank = offset.get(RANK) instanceof Number r ? r.intValue() : UpsStatus.progress(type);
        return new PackageStatus(Instant.ofEpochMilli(gmt.longValue()), type, code == null ? null : code.toString(),
                rank);
    }

    /** The tracking number an offset belongs to (needed for reconciler partitions). */
    public static String trackingNumber(Map<String, ?> offset) {
        return offset != null && offset.get(TRACKING_NUMBER) instanceof String tn ? tn : null;
    }
}
