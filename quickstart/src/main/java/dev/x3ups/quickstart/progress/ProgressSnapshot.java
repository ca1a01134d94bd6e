package dev.x3ups.quickstart.progress;

/**
 * The pipeline at one moment: orders created in X3 and discovered on {@code x3.orders}; shipments the
 * ledger shows CREATED, FAILED or HELD (address check) and their Track Alert subscriptions; events on {@code ups.tracking};
 * write-backs X3 applied; orders delivered or flagged in X3; label documents the warehouses' printers printed.
 */
public record ProgressSnapshot(int ordersCreated, int ordersDiscovered, int shipmentsCreated, int shipmentsFailed,
                               int subscriptions, long trackingEvents, long trackingExceptions, long x3Updates,
                               int delivered, int flagged, long labelsPrinted, int held) {

    /** Nothing held for its address. */
    public ProgressSnapshot(int ordersCreated, int ordersDiscovered, int shipmentsCreated, int shipmentsFailed,
                            int subscriptions, long trackingEvents, long trackingExceptions, long x3Updates,
                            int delivered, int flagged, long labelsPrinted) {
        this(ordersCreated, ordersDiscovered, shipmentsCreated, shipmentsFailed, subscriptions, trackingEvents,
                trackingExceptions, x3Updates, delivered, flagged, labelsPrinted, 0);
    }
}
