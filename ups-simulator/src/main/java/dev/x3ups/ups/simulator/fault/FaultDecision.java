package dev.x3ups.ups.simulator.fault;

import java.time.Duration;

/** What happens to one request: answered normally, by a fault, or held (timeout); after a delay. */
public record FaultDecision(Kind kind, long delayMillis, Integer retryAfterSeconds, String code, int status,
                            TimeoutMode timeoutMode, Duration hold) {

    public enum Kind { PASS, OUTAGE, RATE_LIMITED, SERVER_ERROR, TIMEOUT }

    public static FaultDecision pass(long delayMillis) {
        return new FaultDecision(Kind.PASS, delayMillis, null, null, 200, null, null);
    }
}
