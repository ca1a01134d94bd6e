package dev.x3ups.ups.sink.shipping;

import dev.x3ups.records.ShipmentLedgerEntry;

/**
 * How one order ended in this delivery. {@code entry} is the ledger entry then current (may be null for a skip
 * of an unknown order); {@code code}/{@code message} explain FAILED and CHANGED_AFTER_SHIPPING.
 */
public record OrderResult(Kind kind, ShipmentLedgerEntry entry, String code, String message) {

    /**
     * VOIDED: the order was cancelled and its shipment voided (or it never shipped); RESHIPPED: changed before
     * pickup, shipped again; FLAGGED: the shipment stays but X3 is told why (e.g. cancelled after pickup).
     */
    public enum Kind { SHIPPED, RECONCILED, SKIPPED, FAILED, CHANGED_AFTER_SHIPPING, HELD, VOIDED, RESHIPPED, FLAGGED }

    /** Whether the errant-record reporter (DLQ) should hear about it. */
    public boolean reportable() {
        return kind == Kind.FAILED || kind == Kind.CHANGED_AFTER_SHIPPING || kind == Kind.FLAGGED;
    }

    static OrderResult of(Kind kind, ShipmentLedgerEntry entry) {
        return new OrderResult(kind, entry, entry == null ? null : entry.failureCode(),
                entry == null ? null : entry.failureMessage());
    }
}
