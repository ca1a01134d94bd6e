package dev.x3ups.ups.sink.addresscheck;

import dev.x3ups.client.Failures;
import dev.x3ups.ups.client.address.AddressCandidate;
import dev.x3ups.ups.client.address.AddressCheck;
import dev.x3ups.ups.client.address.AddressClassification;
import dev.x3ups.ups.client.address.AddressValidationClient;
import dev.x3ups.ups.client.ship.Address;
import dev.x3ups.ups.client.ship.Party;
import dev.x3ups.ups.sink.metrics.SinkMetrics;
import dev.x3ups.ups.sink.site.AddressCheckSettings;
import dev.x3ups.ups.sink.site.AddressPolicies;
import dev.x3ups.ups.sink.site.AddressPolicy;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies the site's and destination's {@link AddressPolicy} to a sales order's ship-to (docs/architecture.md,
 * "Address checks"). CLASSIFY sends UPS's residential classification instead of X3's flag; VALIDATE also holds an
 * address UPS finds ambiguous or does not know ({@link AddressHeldException}) and, when configured, sends UPS's form
 * of a valid one. X3's address is never changed: only the request is. US and Puerto Rico only (UPS checks streets
 * nowhere else); answers are cached per normalised address. Non-blocking: the UPS call is a future.
 */
public final class ShipToCheck {
    /** Checks nothing: every ship-to as X3 has it. */
    public static final ShipToCheck NONE = new ShipToCheck(AddressPolicies.OFF, false, null, null, new SinkMetrics());
    private static final Logger LOG = LoggerFactory.getLogger(ShipToCheck.class);

    private final AddressPolicies policies;
    private final boolean applyCorrections;
    private final AddressCache cache;
    private final AddressLookup lookup;
    private final SinkMetrics metrics;

    ShipToCheck(AddressPolicies policies, boolean applyCorrections, AddressCache cache, AddressLookup lookup,
                SinkMetrics metrics) {
        this.policies = policies;
        this.applyCorrections = applyCorrections;
        this.cache = cache;
        this.lookup = lookup;
        this.metrics = metrics;
    }

    public static ShipToCheck create(AddressCheckSettings settings, AddressLookup lookup, SinkMetrics metrics,
                                     Clock clock) {
        if (!settings.policies().anyChecks()) {
            return NONE;
        }
        return new ShipToCheck(settings.policies(), settings.applyCorrections(),
                new AddressCache(settings.cacheEntries(), settings.cacheMaxAge(), clock), lookup, metrics);
    }

    /**
     * The ship-to to send for an order of {@code siteCode}; completes exceptionally with {@link AddressHeldException}
     * when VALIDATE holds it, or with UPS's error when VALIDATE could not ask (CLASSIFY then keeps X3's flag).
     */
    public CompletableFuture<CheckedShipTo> check(String siteCode, Party shipTo) {
        Address address = shipTo.address();
        AddressPolicy policy = policies.of(siteCode, address.countryCode());
        if (policy == AddressPolicy.OFF || !AddressValidationClient.streetLevelCovered(address.countryCode())) {
            return CompletableFuture.completedFuture(CheckedShipTo.unchanged(shipTo));
        }
        boolean validate = policy == AddressPolicy.VALIDATE;
        AddressCache.Answer answer = cache.get(AddressKey.of(validate, address),
                () -> validate ? lookup.validate(address) : lookup.classify(address));
        if (answer.cached()) {
            metrics.addressCacheHit();
        } else {
            metrics.addressCheck();
        }
        if (validate) {
            return answer.check().thenApply(check -> validated(shipTo, check));
        }
        return answer.check().handle((check, error) -> {
            if (error != null) {
                String reason = Failures.rootMessage(Failures.cause(error));
                LOG.warn("Ship-to {} not classified by UPS ({}); X3's residential flag is sent", oneLine(address), reason);
                return new CheckedShipTo(shipTo, "address not classified by UPS (" + reason + "); X3's residential flag sent");
            }
            return classified(shipTo, check.classification());
        });
    }

    private CheckedShipTo validated(Party shipTo, AddressCheck check) {
        Address address = shipTo.address();
        switch (check.verdict()) {
            case AMBIGUOUS -> throw new CompletionException(new AddressHeldException(
                    AddressHeldException.ADDRESS_AMBIGUOUS, "UPS finds the ship-to ambiguous; correct it in X3 and save "
                    + "the order. UPS candidates: " + (check.candidates().isEmpty() ? "none"
                    : check.candidatesText())));
            case NO_CANDIDATES -> throw new CompletionException(new AddressHeldException(
                    AddressHeldException.ADDRESS_UNKNOWN, "UPS knows no address like the ship-to " + oneLine(address)
                    + "; correct it in X3 and save the order."));
            default -> {
                // VALID, or no verdict at all: ship, with UPS's classification when it gave one
            }
        }
        CheckedShipTo classified = classified(shipTo, check.classification());
        if (!applyCorrections || check.match().isEmpty()) {
            return classified;
        }
        AddressCandidate match = check.match().get();
        Address corrected = match.toAddress(classified.party().address().residential());
        if (sameText(corrected, address)) {
            return classified;
        }
        Party sent = new Party(shipTo.name(), shipTo.attentionName(), shipTo.phone(), shipTo.email(), corrected);
        return new CheckedShipTo(sent, join(classified.note(), "sent UPS's form of the ship-to: " + oneLine(corrected)
                + " (X3: " + oneLine(address) + ")"));
    }

    private CheckedShipTo classified(Party shipTo, AddressClassification classification) {
        if (classification == AddressClassification.UNKNOWN) {
            return CheckedShipTo.unchanged(shipTo);
        }
        boolean residential = classification == AddressClassification.RESIDENTIAL;
        boolean fromX3 = shipTo.address().residential();
        if (residential == fromX3) {
            return CheckedShipTo.unchanged(shipTo);
        }
        metrics.classificationChanged();
        Address a = shipTo.address();
        Party sent = new Party(shipTo.name(), shipTo.attentionName(), shipTo.phone(), shipTo.email(),
                new Address(a.lines(), a.city(), a.stateProvince(), a.postalCode(), a.countryCode(), residential));
        return new CheckedShipTo(sent, "UPS classifies the ship-to " + (residential ? "residential" : "commercial")
                + " (X3: " + (fromX3 ? "residential" : "commercial") + "); sent as " + (residential ? "residential"
                : "commercial"));
    }

    private static boolean sameText(Address a, Address b) {
        return a.lines().equals(b.lines()) && a.city().equals(b.city())
                && Objects.equals(a.stateProvince(), b.stateProvince())
                && Objects.equals(a.postalCode(), b.postalCode());
    }

    static String oneLine(Address a) {
        List<String> parts = new ArrayList<>(a.lines());
        parts.add(a.city() + (a.stateProvince() == null ? "" : " " + a.stateProvince())
                + (a.postalCode() == null ? "" : " " + a.postalCode()));
        parts.add(a.countryCode());
        return String.join(", ", parts);
    }

    private static String join(String first, String second) {
        return first == null ? second : first + "; " + second;
    }
}
