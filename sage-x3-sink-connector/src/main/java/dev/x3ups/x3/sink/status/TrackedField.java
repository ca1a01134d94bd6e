package dev.x3ups.x3.sink.status;

import java.util.function.Function;

/** The written fields of an {@link OrderTracking}, by the logical names the field mapping uses. */
public enum TrackedField {
    TRACKING_NUMBERS("trackingNumbers", OrderTracking::trackingNumbers),
    CARRIER("carrier", OrderTracking::carrier),
    STATUS_CODE("statusCode", OrderTracking::statusCode),
    STATUS_DESCRIPTION("statusDescription", OrderTracking::statusDescription),
    SCHEDULED_DELIVERY("scheduledDelivery", OrderTracking::scheduledDelivery),
    DELIVERED_AT("deliveredAt", OrderTracking::deliveredAt),
    EXCEPTION("exceptionFlag", OrderTracking::exception),
    EXCEPTION_CODE("exceptionCode", OrderTracking::exceptionCode),
    EXCEPTION_REASON("exceptionReason", OrderTracking::exceptionReason),
    LAST_EVENT_AT("lastEventAt", OrderTracking::lastEventAt),
    /** The UPS pickup collecting the order (PRN, day, window); written only where mapped. */
    PICKUP("pickup", OrderTracking::pickup),
    /** Digest of the order content the ledger last settled: survives the ledger entry's retirement. */
    ORDER_DIGEST("orderDigest", OrderTracking::orderDigest);

    private final String logicalName;
    private final Function<OrderTracking, Object> getter;

    TrackedField(String logicalName, Function<OrderTracking, Object> getter) {
        this.logicalName = logicalName;
        this.getter = getter;
    }

    /** The name used in the {@code *.fields} mapping settings. */
    public String logicalName() {
        return logicalName;
    }

    public Object valueOf(OrderTracking tracking) {
        return getter.apply(tracking);
    }

    public static TrackedField byLogicalName(String name) {
        for (TrackedField field : values()) {
            if (field.logicalName.equalsIgnoreCase(name.strip())) {
                return field;
            }
        }
        throw new IllegalArgumentException("unknown field '" + name + "'");
    }
}
