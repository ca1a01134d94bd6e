package dev.x3ups.ups.client.pickup;

import dev.x3ups.client.Failures;
import dev.x3ups.ups.client.UnsafeCallFailure;
import dev.x3ups.ups.client.UpsError;
import dev.x3ups.ups.client.UpsRejectedException;
import dev.x3ups.ups.client.http.ApiRequest;
import dev.x3ups.ups.client.http.UpsTransport;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.regex.Pattern;

/**
 * UPS Pickup (v2409): book an on-call pickup ({@code POST /api/pickupcreation/v2409/pickup}), trigger Smart Pickup
 * (same path, {@code PickupTriggerGWNRequest}), rate ({@code POST /api/shipments/v2409/pickup/{type}}), pending
 * status ({@code GET} on the same path, header {@code AccountNumber}) and cancel by PRN
 * ({@code DELETE /api/shipments/v2409/pickup/02}, header {@code Prn}). See docs/architecture.md, "UPS facts: pickup quirks".
 * <p>
 * Booking is marked non-idempotent: every on-call request is a charged pickup, so an answer lost after sending is
 * {@link PickupOutcome.Ambiguous}, to be reconciled through {@link #pending} by our reference. The Smart Pickup
 * trigger is safe to repeat (UPS answers {@code EXISTING} for a day already triggered); rating, status and cancel
 * change nothing twice.
 */
public final class PickupClient {
    static final String VERSION = "v2409";
    static final String CANCEL_BY_PRN = "02";
    /** UPS publishes no pickup error list; these are the codes the simulator uses, matched with UPS's words below. */
    static final Set<String> ALREADY_CANCELLED_CODES = Set.of("9510011");
    static final Set<String> TOO_LATE_CODES = Set.of("9510012");
    private static final Pattern ALREADY_CANCELLED_WORDS = Pattern.compile("already (been )?cancel");

    private final UpsTransport transport;
    private final String defaultAccount;

    public PickupClient(UpsTransport transport, String defaultAccount) {
        this.transport = transport;
        this.defaultAccount = defaultAccount;
    }

    /**
     * Books an on-call pickup. Completes with a typed outcome; exceptionally only for configuration problems (UPS
     * refused our credentials).
     */
    public CompletableFuture<PickupOutcome> book(PickupRequest pickup) {
        ApiRequest request = ApiRequest.post("pickup", PickupRequestJson.creation(pickup),
                "pickupcreation", VERSION, "pickup").notIdempotent();
        return transport.execute(request).handle((response, error) -> {
            if (error == null) {
                PickupOutcome.Booked booked = PickupResponseReader.creation(response.body());
                return booked != null ? booked
                        : new PickupOutcome.Ambiguous("UPS answered HTTP " + response.status() + " without a PRN");
            }
            return outcome(error);
        });
    }

    /** Triggers Smart Pickup for the client's account. */
    public CompletableFuture<SmartPickupTrigger> triggerSmart(SmartPickupTrigger.When when, String customerContext) {
        return triggerSmart(requireAccount(null), when, customerContext);
    }

    /** Triggers Smart Pickup for {@code accountNumber} (6 characters), whose profile holds the pickup address. */
    public CompletableFuture<SmartPickupTrigger> triggerSmart(String accountNumber, SmartPickupTrigger.When when,
                                                              String customerContext) {
        ApiRequest request = ApiRequest.post("smart pickup", PickupRequestJson.smartTrigger(
                requireAccount(accountNumber), when, customerContext), "pickupcreation", VERSION, "pickup");
        return transport.execute(request).thenApply(response -> PickupResponseReader.smartTrigger(response.body()));
    }

    /** What UPS would charge for this pickup ({@code null} when UPS answers without a rate). */
    public CompletableFuture<PickupRate> rate(PickupRequest pickup, PickupKind kind) {
        ApiRequest request = ApiRequest.post("pickup rate", PickupRequestJson.rating(pickup),
                "shipments", VERSION, "pickup", kind.pathValue());
        return transport.execute(request).thenApply(response -> PickupResponseReader.rating(response.body()));
    }

    /** Today's and tomorrow's pickups of the client's account. */
    public CompletableFuture<List<PendingPickup>> pending(PickupKind kind) {
        return pending(requireAccount(null), kind);
    }

    /** Today's and tomorrow's pickups of {@code accountNumber} (UPS shows no other days). */
    public CompletableFuture<List<PendingPickup>> pending(String accountNumber, PickupKind kind) {
        ApiRequest request = ApiRequest.get("pickup status", "shipments", VERSION, "pickup", kind.pathValue())
                .withHeader("AccountNumber", requireAccount(accountNumber));
        return transport.execute(request).thenApply(response -> PickupResponseReader.pending(response.body()));
    }

    /**
     * Cancels one pickup by PRN. "Already cancelled" completes as {@link PickupCancellation.Result#ALREADY_CANCELLED}
     * and a refusal because the driver is dispatched as {@link PickupCancellation.Result#TOO_LATE}; other refusals
     * (unknown PRN...) complete exceptionally with the {@link UpsRejectedException}.
     */
    public CompletableFuture<PickupCancellation> cancel(String prn) {
        if (prn == null || prn.isBlank()) {
            throw new IllegalArgumentException("a PRN is required to cancel a pickup");
        }
        ApiRequest request = ApiRequest.delete("pickup cancel", "shipments", VERSION, "pickup", CANCEL_BY_PRN)
                .withHeader("Prn", prn);
        return transport.execute(request).handle((response, error) -> {
            if (error == null) {
                return new PickupCancellation(prn, PickupCancellation.Result.CANCELLED, null);
            }
            Throwable cause = Failures.cause(error);
            if (cause instanceof UpsRejectedException rejected) {
                PickupCancellation.Result result = cancelRefusal(rejected.errors());
                if (result != null) {
                    return new PickupCancellation(prn, result, rejected.errors().get(0).message());
                }
            }
            throw cause instanceof RuntimeException runtime ? runtime : new CompletionException(cause);
        });
    }

    /** What a refused cancel means: codes first, then UPS's words; {@code null} for any other refusal. */
    static PickupCancellation.Result cancelRefusal(List<UpsError> errors) {
        for (UpsError e : errors) {
            if (ALREADY_CANCELLED_CODES.contains(e.code())) {
                return PickupCancellation.Result.ALREADY_CANCELLED;
            }
            if (TOO_LATE_CODES.contains(e.code())) {
                return PickupCancellation.Result.TOO_LATE;
            }
        }
        for (UpsError e : errors) {
            String text = e.message() == null ? "" : e.message().toLowerCase(Locale.ROOT);
            if (text.contains("dispatched")) {
                return PickupCancellation.Result.TOO_LATE;
            }
            if (ALREADY_CANCELLED_WORDS.matcher(text).find()) {
                return PickupCancellation.Result.ALREADY_CANCELLED;
            }
        }
        return null;
    }

    private String requireAccount(String accountNumber) {
        String account = accountNumber != null ? accountNumber : defaultAccount;
        if (account == null || account.isBlank()) {
            throw new IllegalArgumentException("a UPS account number is required for pickups");
        }
        return account;
    }

    static PickupOutcome outcome(Throwable error) {
        return UnsafeCallFailure.sort(error, PickupOutcome.Rejected::new, PickupOutcome.Ambiguous::new,
                PickupOutcome.Unavailable::new);
    }
}
