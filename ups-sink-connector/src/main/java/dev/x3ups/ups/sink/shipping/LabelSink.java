package dev.x3ups.ups.sink.shipping;

import dev.x3ups.records.Order;
import dev.x3ups.ups.client.ship.ShippingDocument;
import dev.x3ups.ups.client.ship.ShippingLabel;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Where the shipping protocol puts a shipment's labels before its CREATED entry (the labels topic in production,
 * see {@code labels.LabelPublisher}); a failed future keeps the CREATED entry from being written.
 */
public interface LabelSink {
    /** Labels off: nothing is written. */
    LabelSink NONE = new LabelSink() {
        @Override
        public CompletableFuture<Void> shipped(Order order, String shipmentId, List<String> trackingNumbers,
                                               List<ShippingLabel> labels) {
            return CompletableFuture.completedFuture(null);
        }

        @Override
        public CompletableFuture<Void> recovered(Order order, String shipmentId, List<String> trackingNumbers) {
            return CompletableFuture.completedFuture(null);
        }

        @Override
        public CompletableFuture<Void> voided(String orderKey, String shipmentId, List<String> trackingNumbers) {
            return CompletableFuture.completedFuture(null);
        }
    };

    /** A shipment UPS just created, with the labels its answer carried. */
    CompletableFuture<Void> shipped(Order order, String shipmentId, List<String> trackingNumbers,
                                    List<ShippingLabel> labels);

    /**
     * A shipment UPS just created, with its labels and the forms UPS returned as images instead of filing them
     * electronically (e.g. the commercial invoice); they go where the labels go.
     */
    default CompletableFuture<Void> shipped(Order order, String shipmentId, List<String> trackingNumbers,
                                            List<ShippingLabel> labels, List<ShippingDocument> forms) {
        return shipped(order, shipmentId, trackingNumbers, labels);
    }

    /** A shipment UPS already held: its labels must be recovered. */
    CompletableFuture<Void> recovered(Order order, String shipmentId, List<String> trackingNumbers);

    /** A duplicate shipment was voided: its labels must not print. */
    CompletableFuture<Void> voided(String orderKey, String shipmentId, List<String> trackingNumbers);
}
