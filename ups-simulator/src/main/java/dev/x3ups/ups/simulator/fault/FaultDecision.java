package dev.x3ups.ups.simulator.fault;

import java.time.Duration;

/**
 * What happens to one request: answered normally, by a fault, or held (timeout); after a delay. A late
 * commit is held like a timeout and does its work {@code commitAfterMillis} after the call.
 */
public record FaultDecision(Kind kind, long delayMillis, Integer retryAfterSeconds, String code, int status,
                            TimeoutMode timeoutMode, Duration hold, long commitAfterMillis) {

    public enum Kind { PASS, OUTAGE, RATE_LIMITED, SERVER_ERROR, TIMEOUT, LATE_COMMIT }

    public static FaultDecision pass(long delayMillis) {
        return new FaultDecision(Kind.PASS, delayMillis, null, null, 200, null, null, 0);
    }
}
