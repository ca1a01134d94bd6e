package dev.x3ups.ups.tracking.events;

import dev.x3ups.ups.tracking.ledger.LedgerShipment;
import dev.x3ups.ups.tracking.ledger.LedgerView;
import java.util.Optional;

/**
 * Finds the order of an event: the ledger by tracking number, else the reference numbers UPS echoed. An event
 * whose package the ledger does not know yet (UPS can be faster than the sink's ledger write) waits up to
 * {@code waitNanos} from its arrival before it goes out without an order key.
 */
public final class OrderKeyResolver {
    /** The outcome for one event. */
    public sealed interface Resolution permits Known, Unknown, Wait {
    }

    /** The order was found. */
    public record Known(String orderKey) implements Resolution {
    }

    /** Waited long enough; goes out with a null order key. */
    public record Unknown() implements Resolution {
    }

    /** Not known yet; ask again later. */
    public record Wait() implements Resolution {
    }

    private final LedgerView ledger;
    private final long waitNanos;

    public OrderKeyResolver(LedgerView ledger, long waitNanos) {
        this.ledger = ledger;
        this.waitNanos = waitNanos;
    }

    public Resolution resolve(ObservedEvent observed, long nowNanos) {
        Optional<String> order = ledger.shipment(observed.event().trackingNumber()).map(LedgerShipment::orderKey);
        if (order.isEmpty()) {
            order = observed.references().stream().map(ledger::orderByReference)
                    .flatMap(Optional::stream).findFirst();
        }
        if (order.isPresent()) {
            return new Known(order.get());
        }
        return nowNanos - observed.receivedNanos() >= waitNanos ? new Unknown() : new Wait();
    }
}
