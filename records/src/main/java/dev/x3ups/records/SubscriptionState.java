package dev.x3ups.records;

/** State of a shipment's Track Alert subscription, as recorded in the ledger. */
public enum SubscriptionState {
    /** Not subscribed yet (batched, waiting for the next flush). */
    NONE,
    /** Subscribed; see the expiry in the ledger entry. */
    ACTIVE,
    /** UPS refused the tracking numbers after retries. */
    FAILED,
    /** Track Alert is not available for the account: the tracking source polls instead. */
    UNAVAILABLE
}
