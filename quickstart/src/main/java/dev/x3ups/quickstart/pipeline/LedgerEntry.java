package dev.x3ups.quickstart.pipeline;

import java.util.List;

/** The latest {@code ups.shipments} record of one order, as far as the quickstart needs it. */
public record LedgerEntry(String orderKey, String state, String reference, List<String> trackingNumbers,
                          String subscriptionState, String failureMessage) {

    public LedgerEntry {
        trackingNumbers = trackingNumbers == null ? List.of() : List.copyOf(trackingNumbers);
    }

    public boolean created() {
        return "CREATED".equals(state);
    }

    public boolean failed() {
        return "FAILED".equals(state);
    }

    /** Held by the UPS sink's address check until the order is corrected in X3. */
    public boolean held() {
        return "HELD".equals(state);
    }

    public boolean subscribed() {
        return "ACTIVE".equals(subscriptionState);
    }
}
