package dev.x3ups.ups.client.http;

import java.time.Duration;

/** The policy's verdict on a failed attempt. */
public record RetryDecision(Verdict verdict, Duration delay) {

    public enum Verdict {
        /** transient: try again after {@code delay} */
        RETRY,
        /** hard error: do not repeat unchanged */
        HARD,
        /** sent without a usable answer and not safe to repeat */
        AMBIGUOUS,
        /** transient, but the deadline leaves no room for another attempt */
        EXHAUSTED
    }

    static RetryDecision retry(Duration delay) {
        return new RetryDecision(Verdict.RETRY, delay);
    }

    static RetryDecision of(Verdict verdict) {
        return new RetryDecision(verdict, Duration.ZERO);
    }
}
