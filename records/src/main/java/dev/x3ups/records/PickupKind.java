package dev.x3ups.records;

/** How a site's day gets its pickup through the API. */
public enum PickupKind {
    /** An on-call pickup request, charged per request: booked once a day with the day's packages. */
    ON_CALL,
    /** A UPS Smart Pickup trigger for the account: sent once a day after the first package. */
    SMART
}
