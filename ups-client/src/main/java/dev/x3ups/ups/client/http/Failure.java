package dev.x3ups.ups.client.http;

import dev.x3ups.ups.client.UpsError;
import java.io.IOException;
import java.util.List;

/** What went wrong with one attempt, as input to the {@link RetryPolicy}. */
public sealed interface Failure {

    /** UPS answered with a non-2xx status. */
    record Answered(int status, List<UpsError> errors, String retryAfter, long minimumRetrySeconds) implements Failure {
        public boolean hasCode(String code) {
            return errors.stream().anyMatch(e -> code.equals(e.code()));
        }
    }

    /** No answer: connection refused/reset or timeout. {@code requestSent} tells whether bytes may have reached UPS. */
    record Unanswered(IOException cause, boolean requestSent) implements Failure {
    }

    /** No token could be fetched for a transient reason; nothing was sent. */
    record NoToken(RuntimeException cause) implements Failure {
    }
}
