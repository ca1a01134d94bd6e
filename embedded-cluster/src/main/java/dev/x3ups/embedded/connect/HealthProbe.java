package dev.x3ups.embedded.connect;

import dev.x3ups.embedded.rest.ConnectRestClient;
import dev.x3ups.embedded.rest.RestResponse;

import java.time.Duration;
import java.util.concurrent.locks.LockSupport;

/**
 * Polls {@code GET /health} until the worker has joined its group and read its config topic. The REST
 * server answers before that, so a started worker is not yet a usable one.
 */
final class HealthProbe {

    private static final Duration INTERVAL = Duration.ofMillis(100);

    private final ConnectRestClient rest;

    HealthProbe(ConnectRestClient rest) {
        this.rest = rest;
    }

    void awaitHealthy(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        String last = "no answer";
        while (System.nanoTime() < deadline) {
            try {
                RestResponse health = rest.health();
                if (health.status() == 200) {
                    return;
                }
                last = "HTTP " + health.status() + " " + health.message();
            } catch (RuntimeException e) {
                last = e.getMessage();
            }
            LockSupport.parkNanos(INTERVAL.toNanos());
            if (Thread.interrupted()) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for the worker");
            }
        }
        throw new IllegalStateException("worker at " + rest.baseUrl() + " not healthy within " + timeout + ": " + last);
    }
}
