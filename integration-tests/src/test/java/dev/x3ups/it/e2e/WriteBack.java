package dev.x3ups.it.e2e;

import dev.x3ups.x3.simulator.data.TrackingRecord;

/** What the X3 sink left in an order's {@code YSHIPTRK} row: carrier status and exception flag. */
record WriteBack(String statusCode, boolean flagged, String exceptionCode, String exceptionReason) {

    static final String DELIVERED = "D";

    static WriteBack of(TrackingRecord row) {
        return new WriteBack(text(row.get("YSTACOD")), flag(row.get("YEXCFLG")), text(row.get("YEXCCOD")),
                text(row.get("YEXCRSN")));
    }

    boolean delivered() {
        return DELIVERED.equals(statusCode);
    }

    /** Flagged the way an operator can act on: flag set, reason and code given. */
    boolean flaggedWithReason() {
        return flagged && !exceptionReason.isBlank() && !exceptionCode.isBlank();
    }

    /** X3 local menu YEXCFLG: 1 no, 2 yes. */
    private static boolean flag(Object value) {
        if (value instanceof Number number) {
            return number.intValue() == 2;
        }
        return "2".equals(text(value));
    }

    private static String text(Object value) {
        return value == null ? "" : String.valueOf(value).trim();
    }
}
