package dev.x3ups.ups.client;

import dev.x3ups.client.Failures;
import dev.x3ups.ups.client.auth.TokenBudgetExhaustedException;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.function.Function;

/**
 * Sorts the failure of a call that must not run twice (creating a shipment, booking a pickup) into UPS refused it,
 * it may have happened, or UPS did not process it; anything else (credentials refused) is rethrown.
 */
public final class UnsafeCallFailure {

    /** UPS refused the call; nothing happened. */
    @FunctionalInterface
    public interface Rejected<T> {
        T of(int httpStatus, String code, String message, List<UpsError> errors);
    }

    /** UPS did not process the call before the retry deadline. */
    @FunctionalInterface
    public interface Unavailable<T> {
        T of(String reason, int httpStatus, String code);
    }

    private UnsafeCallFailure() {
    }

    /** The caller's outcome for {@code error}: usually its records' constructors, e.g. {@code Rejected::new}. */
    public static <T> T sort(Throwable error, Rejected<T> rejectedOutcome, Function<String, T> ambiguousOutcome,
                             Unavailable<T> unavailableOutcome) {
        Throwable cause = Failures.cause(error);
        if (cause instanceof UpsRejectedException rejected) {
            String message = rejected.errors().isEmpty() ? "HTTP " + rejected.httpStatus()
                    : rejected.errors().get(0).message();
            return rejectedOutcome.of(rejected.httpStatus(), rejected.code(), message, rejected.errors());
        }
        if (cause instanceof UpsAmbiguousException ambiguous) {
            return ambiguousOutcome.apply(ambiguous.getMessage());
        }
        if (cause instanceof UpsUnavailableException || cause instanceof TokenBudgetExhaustedException) {
            UpsException e = (UpsException) cause;
            return unavailableOutcome.of(e.getMessage(), e.httpStatus(), e.code());
        }
        throw cause instanceof RuntimeException runtime ? runtime : new CompletionException(cause);
    }
}
