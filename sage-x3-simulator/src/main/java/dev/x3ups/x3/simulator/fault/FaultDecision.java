package dev.x3ups.x3.simulator.fault;

/** What the fault injector decided for one request, after any delay it imposed. */
public enum FaultDecision {
    /** Answer normally. */
    PASS,
    /** Answer HTTP 500. */
    SERVER_ERROR,
    /** Answer 200 with an error diagnosis instead of data. */
    DIAGNOSES_IN_200,
    /** Answer 503: licence volume exhausted. */
    LICENCE_EXHAUSTED
}
