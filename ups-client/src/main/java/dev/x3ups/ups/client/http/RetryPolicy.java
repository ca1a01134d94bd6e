package dev.x3ups.ups.client.http;

import dev.x3ups.client.Backoff;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Tells transient from hard failures (docs/architecture.md, "UPS facts: errors and retries") and decides when to try again.
 * <ul>
 *   <li>429, UPS {@code 10429} and 503 mean "not processed": retried for every request, honouring
 *       {@code Retry-After} (seconds or HTTP date) and Quantum View's {@code MinimumRetrySeconds}.</li>
 *   <li>Other 5xx (incl. {@code 10004}) and lost connections after sending are retried only for idempotent
 *       requests; for others UPS may have acted, so they are ambiguous.</li>
 *   <li>Everything else 4xx is hard.</li>
 * </ul>
 * Backoff is exponential with jitter and no attempt starts after the overall deadline.
 */
public final class RetryPolicy {
    private final Backoff backoff;
    private final Duration deadline;

    public RetryPolicy(Backoff backoff, Duration deadline) {
        this.backoff = backoff;
        this.deadline = deadline;
    }

    public Duration deadline() {
        return deadline;
    }

    /**
     * @param failure    what happened
     * @param retryNumber 1 for the first retry
     * @param elapsed    time since the first attempt started
     * @param idempotent whether repeating the request is harmless
     */
    public RetryDecision decide(Failure failure, int retryNumber, Duration elapsed, boolean idempotent, Instant now) {
        Optional<Duration> delay = transientDelay(failure, retryNumber, idempotent, now);
        if (delay.isEmpty()) {
            return RetryDecision.of(isAmbiguous(failure, idempotent) ? RetryDecision.Verdict.AMBIGUOUS
                    : RetryDecision.Verdict.HARD);
        }
        if (elapsed.plus(delay.get()).compareTo(deadline) > 0) {
            return RetryDecision.of(RetryDecision.Verdict.EXHAUSTED);
        }
        return RetryDecision.retry(delay.get());
    }

    private Optional<Duration> transientDelay(Failure failure, int retryNumber, boolean idempotent, Instant now) {
        Duration backoffDelay = backoff.delay(retryNumber);
        if (failure instanceof Failure.Answered a) {
            if (notProcessed(a)) {
                Duration hinted = RetryAfter.parse(a.retryAfter(), now).orElse(backoffDelay);
                if (a.minimumRetrySeconds() > 0) {
                    hinted = max(hinted, Duration.ofSeconds(a.minimumRetrySeconds()));
                }
                return Optional.of(hinted);
            }
            if (a.status() >= 500 && idempotent) {
                return Optional.of(max(backoffDelay, RetryAfter.parse(a.retryAfter(), now).orElse(Duration.ZERO)));
            }
            return Optional.empty();
        }
        if (failure instanceof Failure.Unanswered u) {
            return !u.requestSent() || idempotent ? Optional.of(backoffDelay) : Optional.empty();
        }
        return Optional.of(backoffDelay); // NoToken: nothing was sent
    }

    private static boolean isAmbiguous(Failure failure, boolean idempotent) {
        if (idempotent) {
            return false;
        }
        if (failure instanceof Failure.Unanswered u) {
            return u.requestSent();
        }
        return failure instanceof Failure.Answered a && a.status() >= 500;
    }

    /** UPS refused before doing anything: rate limited or explicitly unavailable. */
    static boolean notProcessed(Failure.Answered a) {
        return a.status() == 429 || a.status() == 503 || a.hasCode("10429");
    }

    /** Whether this failure asks every caller to slow down, not only this request. */
    public static boolean isRateLimited(Failure failure) {
        return failure instanceof Failure.Answered a && (a.status() == 429 || a.hasCode("10429"));
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}
