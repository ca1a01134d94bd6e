package dev.x3ups.records;

/** How a tracking event reached us. */
public enum TrackingSource {
    WEBHOOK,
    QUANTUM_VIEW,
    TRACK_API
}
