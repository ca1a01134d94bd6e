package dev.x3ups.client;

import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/** What a failed call's error says, told apart from the wrapping that futures add. */
public final class Failures {

    private Failures() {
    }

    /**
     * The error itself, without the {@link CompletionException} a dependent stage wraps it in or the
     * {@link ExecutionException} that {@code Future.get()} wraps it in.
     */
    public static Throwable cause(Throwable error) {
        Throwable t = error;
        while ((t instanceof CompletionException || t instanceof ExecutionException) && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }

    /** The innermost cause's message (its class name when it has none), for logs and failure reasons. */
    public static String rootMessage(Throwable error) {
        Throwable t = error;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }
}
