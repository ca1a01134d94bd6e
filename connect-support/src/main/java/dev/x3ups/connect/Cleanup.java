package dev.x3ups.connect;

import org.slf4j.Logger;

/**
 * Releases what a task holds step by step, so that one failing step never leaves the others' threads,
 * consumers and producers running. Errors count as failures too: a task that died half way through
 * start() on a worker missing some API ({@code NoSuchMethodError}, {@code NoClassDefFoundError}) must
 * still let go of everything on stop().
 */
public final class Cleanup {

    /** One thing to release. */
    @FunctionalInterface
    public interface Step {
        void run() throws Exception;
    }

    private Cleanup() {
    }

    /** A step closing {@code resource}; nothing to do when it was never opened (null). */
    public static Step closing(AutoCloseable resource) {
        return resource == null ? () -> { } : resource::close;
    }

    /**
     * Runs every step, in order, whatever the earlier ones threw; logs each failure with {@code what}.
     * Returns the first failure, or null when every step succeeded.
     */
    public static Throwable all(Logger log, String what, Step... steps) {
        Throwable first = null;
        for (Step step : steps) {
            try {
                step.run();
            } catch (Throwable t) {
                if (t instanceof InterruptedException) {
                    Thread.currentThread().interrupt();
                }
                log.warn("Releasing {} failed; releasing the rest anyway", what, t);
                if (first == null) {
                    first = t;
                }
            }
        }
        return first;
    }
}
