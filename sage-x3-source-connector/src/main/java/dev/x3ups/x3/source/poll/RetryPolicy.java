package dev.x3ups.x3.source.poll;

import dev.x3ups.x3.client.X3Exception;
import dev.x3ups.x3.client.X3RejectedException;

/**
 * Which failed X3 calls of one partition to retry. Transient errors always are — including a busy
 * web-service pool or an exhausted licence, which the client recognises by X3's words. Any other
 * rejection that came with HTTP 5xx or inside an HTTP 200 is ambiguous (X3 reports passing faults and
 * an unknown field in the same way), so it is retried a few times in a row before the task fails.
 * Refused credentials and clear rejections (4xx) fail at once.
 */
final class RetryPolicy {

    private final int ambiguousAttempts;
    private int ambiguousInARow;

    RetryPolicy(int ambiguousAttempts) {
        this.ambiguousAttempts = ambiguousAttempts;
    }

    boolean shouldRetry(X3Exception failure) {
        if (failure.isRetriable()) {
            return true;
        }
        if (failure instanceof X3RejectedException && isAmbiguous(failure.httpStatus())) {
            ambiguousInARow++;
            return ambiguousInARow <= ambiguousAttempts;
        }
        return false;
    }

    void succeeded() {
        ambiguousInARow = 0;
    }

    private static boolean isAmbiguous(int httpStatus) {
        return httpStatus == 200 || httpStatus >= 500;
    }
}
