package dev.x3ups.x3.client.rest;

import com.fasterxml.jackson.databind.JsonNode;
import dev.x3ups.x3.client.X3Exception;
import dev.x3ups.x3.client.X3TransientException;
import dev.x3ups.x3.client.http.X3Http;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import okhttp3.HttpUrl;
import okhttp3.Request;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads one order's {@code $details}, retrying a transient failure a few times with short jittered
 * backoff. A page of the standard representations needs one such read per order; without this, one
 * 5xx among them would throw the whole page away and the source would never get past it.
 */
final class DetailsReader {
    private static final Logger LOG = LoggerFactory.getLogger(DetailsReader.class);

    static final int DEFAULT_ATTEMPTS = 4;
    static final Duration DEFAULT_FIRST_BACKOFF = Duration.ofMillis(100);
    static final Duration DEFAULT_MAX_BACKOFF = Duration.ofSeconds(1);

    /** How to wait between attempts; tests pass one that records instead of sleeping. */
    @FunctionalInterface
    interface Pause {
        void sleep(Duration duration) throws InterruptedException;
    }

    private final X3Http http;
    private final int attempts;
    private final Duration firstBackoff;
    private final Duration maxBackoff;
    private final Pause pause;

    DetailsReader(X3Http http) {
        this(http, DEFAULT_ATTEMPTS, DEFAULT_FIRST_BACKOFF, DEFAULT_MAX_BACKOFF, d -> Thread.sleep(d.toMillis()));
    }

    DetailsReader(X3Http http, int attempts, Duration firstBackoff, Duration maxBackoff, Pause pause) {
        if (attempts < 1) {
            throw new IllegalArgumentException("attempts must be positive");
        }
        this.http = http;
        this.attempts = attempts;
        this.firstBackoff = firstBackoff;
        this.maxBackoff = maxBackoff;
        this.pause = pause;
    }

    /** The record, or empty when X3 no longer knows the key (404). Non-transient failures are not retried. */
    Optional<JsonNode> read(HttpUrl url) throws X3Exception {
        Request request = new Request.Builder().url(url).header("Accept", "application/json").get().build();
        for (int attempt = 1; ; attempt++) {
            try {
                return http.send(request).successOrNotFound();
            } catch (X3TransientException e) {
                if (attempt >= attempts) {
                    throw e;
                }
                Duration wait = backoff(attempt);
                LOG.info("details read failed transiently (attempt {} of {}), retrying in {} ms: {}",
                        attempt, attempts, wait.toMillis(), e.getMessage());
                try {
                    pause.sleep(wait);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt(); // the task is stopping: give up on the page now
                    throw e;
                }
            }
        }
    }

    /** Exponential from the first backoff, capped, with "equal jitter" so parallel tasks spread out. */
    Duration backoff(int failedAttempt) {
        long ceiling = firstBackoff.toMillis() << Math.min(failedAttempt - 1, 20);
        long capped = Math.min(ceiling, maxBackoff.toMillis());
        long half = capped / 2;
        return Duration.ofMillis(half + ThreadLocalRandom.current().nextLong(capped - half + 1));
    }
}
