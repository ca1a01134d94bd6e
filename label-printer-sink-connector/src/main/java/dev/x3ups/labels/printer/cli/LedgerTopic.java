package dev.x3ups.labels.printer.cli;

import dev.x3ups.records.ShipmentLedgerCodec;
import dev.x3ups.records.ShipmentLedgerEntry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.connect.errors.DataException;

/**
 * The tracking numbers the shipment ledger ({@code ups.shipments}) holds for an order: those of its latest entry,
 * read from the beginning like {@link LabelTopic}. They outlive the labels topic's retention.
 */
final class LedgerTopic {
    interface Source {
        List<String> trackingNumbers(String orderKey);
    }

    private LedgerTopic() {
    }

    static Source kafka(Properties consumerConfig, String topic, Duration timeout) {
        return orderKey -> {
            ShipmentLedgerCodec codec = new ShipmentLedgerCodec(topic);
            List<String> latest = new ArrayList<>();
            LabelTopic.readToEnd(consumerConfig, topic, timeout, record -> {
                if (!orderKey.equals(ShipmentLedgerCodec.orderKey(record.key()))) {
                    return;
                }
                latest.clear();
                ShipmentLedgerEntry entry = decode(codec, record.value());
                if (entry != null) {
                    latest.addAll(entry.trackingNumbers());
                }
            });
            return List.copyOf(latest);
        };
    }

    private static ShipmentLedgerEntry decode(ShipmentLedgerCodec codec, byte[] value) {
        try {
            return codec.entry(value);
        } catch (DataException | ClassCastException e) {
            return null;
        }
    }
}
