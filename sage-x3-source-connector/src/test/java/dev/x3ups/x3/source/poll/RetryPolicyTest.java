package dev.x3ups.x3.source.poll;

import static org.assertj.core.api.Assertions.assertThat;

import dev.x3ups.x3.client.X3AuthenticationException;
import dev.x3ups.x3.client.X3RejectedException;
import dev.x3ups.x3.client.X3TransientException;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {

    @Test
    void transientErrorsAreAlwaysRetried() {
        RetryPolicy policy = new RetryPolicy(0);
        for (int i = 0; i < 10; i++) {
            assertThat(policy.shouldRetry(new X3TransientException("busy", 503, null))).isTrue();
        }
    }

    @Test
    void ambiguousRejectionsAreRetriedABoundedNumberOfTimesInARow() {
        RetryPolicy policy = new RetryPolicy(2);
        X3RejectedException insideA200 = new X3RejectedException("pool busy", 200, null);
        X3RejectedException serverError = new X3RejectedException("Internal server error", 500, null);

        assertThat(policy.shouldRetry(insideA200)).isTrue();
        assertThat(policy.shouldRetry(serverError)).isTrue();
        assertThat(policy.shouldRetry(serverError)).isFalse();

        policy.succeeded();
        assertThat(policy.shouldRetry(serverError)).isTrue();
    }

    @Test
    void clearRejectionsAndRefusedCredentialsAreNotRetried() {
        RetryPolicy policy = new RetryPolicy(5);

        assertThat(policy.shouldRetry(new X3RejectedException("bad where", 400, null))).isFalse();
        assertThat(policy.shouldRetry(new X3RejectedException("no such endpoint", 404, null))).isFalse();
        assertThat(policy.shouldRetry(new X3AuthenticationException("refused", 401, null))).isFalse();
    }
}
