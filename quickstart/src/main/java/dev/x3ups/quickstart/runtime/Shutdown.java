package dev.x3ups.quickstart.runtime;

import java.io.PrintStream;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Everything started, closed in reverse start order exactly once (from the normal end or the Ctrl-C
 * hook, whichever comes first). A failing step is reported and the next one still runs.
 */
public final class Shutdown {

    /** A step that may throw. */
    @FunctionalInterface
    public interface Step {
        void run() throws Exception;
    }

    private record Named(String name, Step step) {
    }

    private final Deque<Named> steps = new ArrayDeque<>();
    private final PrintStream err;
    private boolean closed;

    public Shutdown(PrintStream err) {
        this.err = err;
    }

    /** Registers what undoes the thing just started. */
    public synchronized void onClose(String name, Step step) {
        if (closed) {
            throw new IllegalStateException("already shut down");
        }
        steps.push(new Named(name, step));
    }

    public synchronized boolean isClosed() {
        return closed;
    }

    public synchronized void closeAll() {
        if (closed) {
            return;
        }
        closed = true;
        while (!steps.isEmpty()) {
            Named s = steps.pop();
            try {
                s.step().run();
            } catch (Exception | LinkageError e) {
                err.println("quickstart: stopping " + s.name() + " failed: " + e);
            }
        }
    }
}
