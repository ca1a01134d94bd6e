package dev.x3ups.ups.simulator.fault;

/** How a simulated timeout behaves. */
public enum TimeoutMode {
    /** Hold the request without doing the work, then close the connection unanswered. */
    BEFORE_PROCESSING,
    /** Do the work (a shipment is created), hold, then close unanswered: the ambiguous outcome. */
    AFTER_PROCESSING,
    /** Do the work, then answer only after the hold, typically after the client gave up. */
    ANSWER_LATE
}
