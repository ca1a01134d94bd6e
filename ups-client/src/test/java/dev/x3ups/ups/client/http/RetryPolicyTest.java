package dev.x3ups.ups.client.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.x3ups.client.Backoff;
import dev.x3ups.ups.client.UpsError;
import java.io.IOException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {
    private static final Instant NOW = Instant.parse("2026-11-27T10:00:00Z");
    private final RetryPolicy policy = new RetryPolicy(
            new Backoff(Duration.ofMillis(100), Duration.ofSeconds(5), () -> 0.0), Duration.ofSeconds(30));

    private static Failure.Answered answered(int status, String code, String retryAfter) {
        return new Failure.Answered(status, code == null ? List.of() : List.of(new UpsError(code, "m")), retryAfter, -1);
    }

    private RetryDecision decide(Failure f, boolean idempotent) {
        return policy.decide(f, 1, Duration.ZERO, idempotent, NOW);
    }

    @Test
    void rateLimitHonoursRetryAfterSecondsAndDates() {
        assertThat(decide(answered(429, "10429", "3"), false)).isEqualTo(RetryDecision.retry(Duration.ofSeconds(3)));
        assertThat(decide(answered(429, null, "Fri, 27 Nov 2026 10:00:04 GMT"), true))
                .isEqualTo(RetryDecision.retry(Duration.ofSeconds(4)));
        assertThat(decide(answered(429, null, null), false)).isEqualTo(RetryDecision.retry(Duration.ofMillis(50)));
    }

    @Test
    void code10429IsARateLimitWhateverTheStatus() {
        assertThat(decide(answered(500, "10429", null), false).verdict()).isEqualTo(RetryDecision.Verdict.RETRY);
        assertThat(RetryPolicy.isRateLimited(answered(500, "10429", null))).isTrue();
        assertThat(RetryPolicy.isRateLimited(answered(503, null, null))).isFalse();
    }

    @Test
    void unavailableIsRetriedEvenForShipments() {
        assertThat(decide(answered(503, null, null), false).verdict()).isEqualTo(RetryDecision.Verdict.RETRY);
    }

    @Test
    void serverErrorsAreTransientOnlyWhenRepeatingIsHarmless() {
        assertThat(decide(answered(500, "10004", null), true).verdict()).isEqualTo(RetryDecision.Verdict.RETRY);
        assertThat(decide(answered(502, null, null), true).verdict()).isEqualTo(RetryDecision.Verdict.RETRY);
        assertThat(decide(answered(500, "10004", null), false).verdict()).isEqualTo(RetryDecision.Verdict.AMBIGUOUS);
    }

    @Test
    void validationErrorsAreHard() {
        assertThat(decide(answered(400, "120541", null), true).verdict()).isEqualTo(RetryDecision.Verdict.HARD);
        assertThat(decide(answered(403, null, null), false).verdict()).isEqualTo(RetryDecision.Verdict.HARD);
        assertThat(decide(answered(404, null, null), true).verdict()).isEqualTo(RetryDecision.Verdict.HARD);
    }

    @Test
    void lostConnectionsDependOnWhetherTheRequestWasSent() {
        IOException timeout = new SocketTimeoutException("timeout");
        assertThat(decide(new Failure.Unanswered(timeout, false), false).verdict()).isEqualTo(RetryDecision.Verdict.RETRY);
        assertThat(decide(new Failure.Unanswered(timeout, true), true).verdict()).isEqualTo(RetryDecision.Verdict.RETRY);
        assertThat(decide(new Failure.Unanswered(timeout, true), false).verdict())
                .isEqualTo(RetryDecision.Verdict.AMBIGUOUS);
    }

    @Test
    void quantumViewMinimumRetrySecondsIsRespected() {
        Failure f = new Failure.Answered(503, List.of(), null, 12);
        assertThat(decide(f, true)).isEqualTo(RetryDecision.retry(Duration.ofSeconds(12)));
    }

    @Test
    void deadlineStopsRetries() {
        assertThat(policy.decide(answered(503, null, null), 3, Duration.ofMillis(29_900), true, NOW).verdict())
                .isEqualTo(RetryDecision.Verdict.EXHAUSTED);
        assertThat(policy.decide(answered(429, null, "60"), 1, Duration.ZERO, true, NOW).verdict())
                .as("a Retry-After beyond the deadline").isEqualTo(RetryDecision.Verdict.EXHAUSTED);
        assertThat(policy.decide(new Failure.NoToken(new RuntimeException()), 2, Duration.ofSeconds(1), true, NOW))
                .isEqualTo(RetryDecision.retry(Duration.ofMillis(100)));
    }
}
