package dev.x3ups.ups.simulator.visibility;

/** The ways a client can find a shipment it has no answer for; each can lag behind the commit on its own. */
public enum LookupChannel {
    /** {@code GET /api/track/v1/reference/details/{reference}}. */
    TRACK_BY_REFERENCE,
    /** The Quantum View subscription files (Manifest and the later events). */
    QUANTUM_VIEW,
    /** {@code POST /api/labels/{version}/recovery}, by tracking number or by reference. */
    LABEL_RECOVERY
}
