package dev.x3ups.x3.source.offset;

import java.util.Map;
import org.apache.kafka.connect.errors.ConnectException;

/**
 * Validates offsets an operator writes through {@code PATCH /connectors/{name}/offsets} (KIP-875),
 * e.g. to re-sync a folder's sales orders from a date. A null offset resets the partition to the
 * configured start timestamp.
 */
public final class OffsetAlteration {

    private OffsetAlteration() {
    }

    /**
     * @param folder the connector's configured folder; altered (non-null) offsets must be for it
     * @throws ConnectException naming the partition and the problem
     */
    public static void validate(String folder, Map<Map<String, ?>, Map<String, ?>> offsets) {
        for (Map.Entry<Map<String, ?>, Map<String, ?>> entry : offsets.entrySet()) {
            OrderPartition partition;
            try {
                partition = OrderPartition.fromMap(entry.getKey());
            } catch (IllegalArgumentException e) {
                throw new ConnectException("Invalid source partition " + entry.getKey() + ": " + e.getMessage());
            }
            if (!OrderPartition.inStoredOrder(entry.getKey())) {
                throw new ConnectException("Invalid source partition " + entry.getKey() + ": list \"folder\" before "
                        + "\"entity\", as GET /connectors/{name}/offsets shows them; Connect stores partitions byte for "
                        + "byte, so another key order would name a partition this connector never reads");
            }
            if (entry.getValue() == null) {
                continue;
            }
            if (!partition.folder().equals(folder)) {
                throw new ConnectException("Invalid source partition " + entry.getKey() + ": folder '"
                        + partition.folder() + "' is not this connector's folder '" + folder + "'");
            }
            try {
                OrderOffset.fromMap(entry.getValue());
            } catch (IllegalArgumentException e) {
                throw new ConnectException("Invalid source offset " + entry.getValue() + " for partition "
                        + entry.getKey() + ": " + e.getMessage());
            }
        }
    }
}
