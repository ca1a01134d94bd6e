package dev.x3ups.ups.simulator.fault;

import java.time.Duration;

/**
 * The faults switched on for one endpoint. Immutable; build with {@link #none()} and the {@code with...}
 * methods. A rate-limit burst answers the next {@code rateLimitBurst} requests with 429. Late commits are
 * drawn independently of timeouts, after them.
 */
public record FaultSpec(double serverErrorRate, int serverErrorStatus, int rateLimitBurst, Integer retryAfterSeconds,
                        String rateLimitCode, Latency latency, double timeoutRate, TimeoutMode timeoutMode,
                        Duration hold, boolean outage, double lateCommitRate, CommitDelay commitDelay) {

    public FaultSpec {
        requireRate(serverErrorRate);
        requireRate(timeoutRate);
        requireRate(lateCommitRate);
        if (rateLimitBurst < 0) {
            throw new IllegalArgumentException("rateLimitBurst must be >= 0");
        }
    }

    private static void requireRate(double r) {
        if (r < 0 || r > 1) {
            throw new IllegalArgumentException("rates are between 0 and 1");
        }
    }

    public static FaultSpec none() {
        return new FaultSpec(0, 500, 0, null, "10429", Latency.none(), 0, TimeoutMode.BEFORE_PROCESSING,
                Duration.ofSeconds(30), false, 0, CommitDelay.fixed(Duration.ZERO));
    }

    public FaultSpec withServerErrorRate(double rate) {
        return new FaultSpec(rate, serverErrorStatus, rateLimitBurst, retryAfterSeconds, rateLimitCode, latency,
                timeoutRate, timeoutMode, hold, outage, lateCommitRate, commitDelay);
    }

    public FaultSpec withServerErrorStatus(int status) {
        return new FaultSpec(serverErrorRate, status, rateLimitBurst, retryAfterSeconds, rateLimitCode, latency,
                timeoutRate, timeoutMode, hold, outage, lateCommitRate, commitDelay);
    }

    /** The next {@code count} requests get 429; {@code retryAfter} null means no Retry-After header. */
    public FaultSpec withRateLimitBurst(int count, Integer retryAfter) {
        return new FaultSpec(serverErrorRate, serverErrorStatus, count, retryAfter, rateLimitCode, latency,
                timeoutRate, timeoutMode, hold, outage, lateCommitRate, commitDelay);
    }

    public FaultSpec withRateLimitCode(String code) {
        return new FaultSpec(serverErrorRate, serverErrorStatus, rateLimitBurst, retryAfterSeconds, code, latency,
                timeoutRate, timeoutMode, hold, outage, lateCommitRate, commitDelay);
    }

    public FaultSpec withLatency(Latency l) {
        return new FaultSpec(serverErrorRate, serverErrorStatus, rateLimitBurst, retryAfterSeconds, rateLimitCode, l,
                timeoutRate, timeoutMode, hold, outage, lateCommitRate, commitDelay);
    }

    public FaultSpec withTimeouts(double rate, TimeoutMode mode, Duration holdFor) {
        return new FaultSpec(serverErrorRate, serverErrorStatus, rateLimitBurst, retryAfterSeconds, rateLimitCode,
                latency, rate, mode, holdFor, outage, lateCommitRate, commitDelay);
    }

    public FaultSpec withOutage(boolean down) {
        return new FaultSpec(serverErrorRate, serverErrorStatus, rateLimitBurst, retryAfterSeconds, rateLimitCode,
                latency, timeoutRate, timeoutMode, hold, down, lateCommitRate, commitDelay);
    }

    /**
     * A share {@code rate} of requests is held for {@link #hold()} and closed unanswered, and does its work
     * (a ship call commits its shipment) {@code delay} after the call, whether or not the client is still
     * there: the UPS back end that finishes after the client gave up.
     */
    public FaultSpec withLateCommits(double rate, CommitDelay delay) {
        return new FaultSpec(serverErrorRate, serverErrorStatus, rateLimitBurst, retryAfterSeconds, rateLimitCode,
                latency, timeoutRate, timeoutMode, hold, outage, rate, delay);
    }

    /** How long held requests (timeouts and late commits) are held before the connection is closed. */
    public FaultSpec withHold(Duration holdFor) {
        return new FaultSpec(serverErrorRate, serverErrorStatus, rateLimitBurst, retryAfterSeconds, rateLimitCode,
                latency, timeoutRate, timeoutMode, holdFor, outage, lateCommitRate, commitDelay);
    }
}
