package dev.x3ups.ups.sink;

import java.util.concurrent.CompletionException;

/** What a failed future's error says, told apart from the wrapping the futures add. */
public final class Failures {

    private Failures() {
    }

    /** The error itself, without the {@link CompletionException} a dependent stage wraps it in. */
    public static Throwable cause(Throwable error) {
        return error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
    }

    /** The innermost cause's message (its class name when it has none), for logs and ledger reasons. */
    public static String rootMessage(Throwable error) {
        Throwable t = error;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }
}
