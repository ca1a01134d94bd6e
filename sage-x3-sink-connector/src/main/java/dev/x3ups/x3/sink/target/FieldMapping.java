package dev.x3ups.x3.sink.target;

import dev.x3ups.x3.sink.status.TrackedField;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which X3 field (api1 property or GraphQL input field) each tracked value is written to. Values
 * without a mapping are neither written nor compared, so a site can leave out what it does not keep.
 */
public final class FieldMapping {

    public static final List<String> API1_DEFAULT = List.of(
            "trackingNumbers=YTRKNUM", "carrier=YCARRIER", "statusCode=YSTACOD", "statusDescription=YSTADES",
            "scheduledDelivery=YSCHDLVDAT", "deliveredAt=YDLVDATTIM", "exceptionFlag=YEXCFLG",
            "exceptionCode=YEXCCOD", "exceptionReason=YEXCRSN", "lastEventAt=YEVTDATTIM", "orderDigest=YORDDIG");

    public static final List<String> GRAPHQL_DEFAULT = List.of(
            "trackingNumbers=yTrackingNumbers", "carrier=yCarrier", "statusCode=yCarrierStatusCode",
            "statusDescription=yCarrierStatusDescription", "scheduledDelivery=yScheduledDeliveryDate",
            "deliveredAt=yDeliveredAt", "exceptionFlag=yExceptionFlag", "exceptionCode=yExceptionCode",
            "exceptionReason=yExceptionReason", "lastEventAt=yLastEventAt");

    /** Not in the defaults (a new record gets every mapped field): sites that book pickups add it. */
    public static final String API1_PICKUP = "pickup=YPCKPRN";
    public static final String GRAPHQL_PICKUP = "pickup=yPickup";
    /**
     * Not in the GraphQL default: a site adds the property to its sales order node first. Without it a retired
     * order that comes back from X3 is judged on its tracking numbers alone.
     */
    public static final String GRAPHQL_DIGEST = "orderDigest=yOrderDigest";

    /** Without these the sink cannot tell after a restart what it wrote, and could regress a status. */
    static final Set<TrackedField> REQUIRED =
            Set.of(TrackedField.TRACKING_NUMBERS, TrackedField.STATUS_CODE, TrackedField.LAST_EVENT_AT);

    private final Map<TrackedField, String> names;

    FieldMapping(Map<TrackedField, String> names) {
        this.names = Collections.unmodifiableMap(new EnumMap<>(names));
    }

    /** Parses {@code logicalName=X3FIELD} entries; the message names the bad entry. */
    public static FieldMapping parse(List<String> entries) {
        Map<TrackedField, String> names = new EnumMap<>(TrackedField.class);
        for (String entry : entries) {
            if (entry == null || entry.isBlank()) {
                continue;
            }
            int eq = entry.indexOf('=');
            String name = eq < 0 ? "" : entry.substring(eq + 1).strip();
            if (eq <= 0 || name.isEmpty()) {
                throw new IllegalArgumentException("field mapping '" + entry.strip() + "' is not logicalName=X3FIELD");
            }
            TrackedField field = TrackedField.byLogicalName(entry.substring(0, eq));
            if (names.put(field, name) != null) {
                throw new IllegalArgumentException("field '" + field.logicalName() + "' is mapped twice");
            }
        }
        for (TrackedField required : REQUIRED) {
            if (!names.containsKey(required)) {
                throw new IllegalArgumentException("field '" + required.logicalName() + "' must be mapped");
            }
        }
        return new FieldMapping(names);
    }

    public Set<TrackedField> fields() {
        return names.keySet();
    }

    public String name(TrackedField field) {
        return names.get(field);
    }
}
