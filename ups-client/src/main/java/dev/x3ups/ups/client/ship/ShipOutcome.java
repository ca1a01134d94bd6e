package dev.x3ups.ups.client.ship;

import dev.x3ups.ups.client.UpsError;
import java.util.List;

/**
 * What became of a {@code POST /ship}. The UPS sink decides its ledger state from this:
 * {@link Created} → CREATED, {@link Rejected} → FAILED, {@link Ambiguous} → reconcile, {@link Unavailable} → try later.
 */
public sealed interface ShipOutcome {

    /** UPS created the shipment. */
    record Created(String shipmentId, List<String> trackingNumbers, Money billedCharges, Money negotiatedCharges,
                   String customerContext, List<ShippingLabel> labels, List<UpsError> alerts,
                   List<ShippingDocument> documents) implements ShipOutcome {
        public Created {
            trackingNumbers = List.copyOf(trackingNumbers);
            labels = List.copyOf(labels);
            alerts = List.copyOf(alerts);
            documents = documents == null ? List.of() : List.copyOf(documents);
        }

        /** A shipment without documents besides its labels (every domestic one). */
        public Created(String shipmentId, List<String> trackingNumbers, Money billedCharges, Money negotiatedCharges,
                       String customerContext, List<ShippingLabel> labels, List<UpsError> alerts) {
            this(shipmentId, trackingNumbers, billedCharges, negotiatedCharges, customerContext, labels, alerts,
                    List.of());
        }
    }

    /** UPS refused the shipment (hard error: address, weight, account...); nothing was created. */
    record Rejected(int httpStatus, String code, String message, List<UpsError> errors) implements ShipOutcome {
        public Rejected {
            errors = List.copyOf(errors);
        }
    }

    /** Sent, but no usable answer: the shipment may exist. Never retried automatically; reconcile by reference. */
    record Ambiguous(String reason) implements ShipOutcome {
    }

    /** UPS did not process the request (rate limited, unavailable, no token) before the retry deadline. */
    record Unavailable(String reason, int httpStatus, String code) implements ShipOutcome {
    }
}
