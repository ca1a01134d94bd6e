package dev.x3ups.ups.sink.site;

/** What happens to an order whose shipping content changed after its shipment was created. */
public enum ChangedOrderPolicy {
    /** Flag it (CHANGED_AFTER_SHIPPING to the dead letter queue and the log); the shipment stays. */
    REPORT,
    /** While UPS shows no pickup scan, void the shipment and ship the new content; after pickup, report. */
    RESHIP_BEFORE_PICKUP
}
