package dev.x3ups.ups.tracking.reconcile;

import java.util.Locale;

/** When Quantum View is polled (it needs a subscription name either way). */
public enum QuantumViewMode {
    /** Only while the ledger says Track Alert is unavailable for some live shipment. */
    AUTO,
    /** Always, alongside the webhooks. */
    ALWAYS,
    /** Never. */
    NEVER;

    public static QuantumViewMode parse(String text) {
        return valueOf(text.trim().toUpperCase(Locale.ROOT));
    }
}
