package dev.x3ups.ups.simulator.address;

import dev.x3ups.ups.simulator.network.Address;
import dev.x3ups.ups.simulator.network.ValidationError;
import java.util.Optional;
import java.util.Set;

/**
 * How Ship and Rate treat residential destinations. UPS bills the residential surcharge when the request carries
 * {@code ResidentialAddressIndicator} (a presence flag) and also when its own classification says residential
 * although the request did not (it re-classifies); it refuses a commercial-only service to such a destination
 * ({@code 111215}) and warns ({@code 119020}) when the shipper's flag disagrees with its classification.
 */
public final class ResidentialDelivery {
    /** Next Day Air Early stands for UPS's services not offered to residences (a simulator choice, see README). */
    public static final Set<String> COMMERCIAL_ONLY_SERVICES = Set.of("14");
    public static final String REFUSAL_CODE = "111215";
    public static final String DISAGREEMENT_CODE = "119020";

    private final AddressBook book;

    public ResidentialDelivery(AddressBook book) {
        this.book = book;
    }

    /** No book: only the request's flag counts (unit tests of Ship and Rate that do not care). */
    public static ResidentialDelivery flagOnly() {
        return new ResidentialDelivery(new AddressBook());
    }

    /** Residential for billing: flagged by the request, or classified residential by UPS. */
    public boolean residential(Address destination) {
        return destination.residential()
                || book.classification(destination).filter(c -> c == Classification.RESIDENTIAL).isPresent();
    }

    /** The destination as UPS bills it ({@code residential} set as {@link #residential} says). */
    public Address billed(Address destination) {
        boolean residential = residential(destination);
        return residential == destination.residential() ? destination
                : new Address(destination.lines(), destination.city(), destination.stateProvinceCode(),
                        destination.postalCode(), destination.countryCode(), residential);
    }

    public boolean offered(String service, Address destination) {
        return !(COMMERCIAL_ONLY_SERVICES.contains(service) && residential(destination));
    }

    public Optional<ValidationError> refusal(String service, Address destination) {
        return offered(service, destination) ? Optional.empty()
                : Optional.of(new ValidationError(REFUSAL_CODE,
                        "The requested service is unavailable to residential destinations."));
    }

    /** The 119020 warning text when the request's flag and UPS's classification disagree. */
    public Optional<String> disagreement(Address destination) {
        Optional<Classification> known = book.classification(destination)
                .filter(c -> c != Classification.UNCLASSIFIED);
        if (known.isEmpty() || (known.get() == Classification.RESIDENTIAL) == destination.residential()) {
            return Optional.empty();
        }
        return Optional.of("User indicated Residential indicator is different from AMS Classification: "
                + known.get().description());
    }
}
