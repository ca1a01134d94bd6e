package dev.x3ups.ups.client.address;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * UPS's answer about one address: the verdict (valid / ambiguous / no candidates, or unvalidated for a
 * classification-only request), the classification, and the candidates in UPS's order.
 */
public record AddressCheck(AddressVerdict verdict, AddressClassification classification,
                           List<AddressCandidate> candidates) {
    public AddressCheck {
        candidates = List.copyOf(candidates);
        classification = classification == null ? AddressClassification.UNKNOWN : classification;
    }

    public boolean valid() {
        return verdict == AddressVerdict.VALID;
    }

    public boolean residential() {
        return classification == AddressClassification.RESIDENTIAL;
    }

    /** The matched address of a valid answer (UPS's corrected form: casing, ZIP+4); empty otherwise. */
    public Optional<AddressCandidate> match() {
        return valid() && !candidates.isEmpty() ? Optional.of(candidates.get(0)) : Optional.empty();
    }

    /** The candidates as readable lines separated by {@code " | "}, for a hold reason; empty without candidates. */
    public String candidatesText() {
        return candidates.stream().map(AddressCandidate::oneLine).collect(Collectors.joining(" | "));
    }
}
