package dev.x3ups.ups.client.address;

import com.fasterxml.jackson.databind.JsonNode;
import dev.x3ups.ups.client.json.Lenient;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads {@code XAVResponse} as UPS really sends it: {@code Candidate} and {@code AddressLine} as a single object or
 * string where an array is promised, the indicators as presence flags ({@code ""} when set), and
 * {@code AddressClassification} sometimes missing (then taken from a single candidate, else unknown).
 */
final class AddressValidationResponseReader {
    private AddressValidationResponseReader() {
    }

    static AddressCheck read(JsonNode body) {
        JsonNode response = Lenient.at(body, "XAVResponse");
        List<AddressCandidate> candidates = new ArrayList<>();
        for (JsonNode candidate : Lenient.list(response, "Candidate")) {
            if (candidate.isObject()) {
                candidates.add(candidate(candidate));
            }
        }
        AddressClassification classification = classification(response);
        if (classification == AddressClassification.UNKNOWN && candidates.size() == 1) {
            classification = candidates.get(0).classification();
        }
        return new AddressCheck(verdict(response, candidates), classification, candidates);
    }

    /** The most cautious flag wins if UPS ever sets several: no candidates, then ambiguous, then valid. */
    private static AddressVerdict verdict(JsonNode response, List<AddressCandidate> candidates) {
        if (flag(response, "NoCandidatesIndicator")) {
            return AddressVerdict.NO_CANDIDATES;
        }
        if (flag(response, "AmbiguousAddressIndicator")) {
            return AddressVerdict.AMBIGUOUS;
        }
        if (flag(response, "ValidAddressIndicator")) {
            return candidates.isEmpty() ? AddressVerdict.UNVALIDATED : AddressVerdict.VALID;
        }
        return AddressVerdict.UNVALIDATED;
    }

    /** A presence flag: set whatever its value ({@code ""}, {@code " "}, {@code "Y"}), unset when absent or null. */
    private static boolean flag(JsonNode response, String field) {
        JsonNode node = Lenient.at(response, field);
        return !node.isMissingNode() && !node.isNull();
    }

    private static AddressClassification classification(JsonNode parent) {
        return AddressClassification.fromCode(Lenient.text(parent, "AddressClassification", "Code"));
    }

    private static AddressCandidate candidate(JsonNode candidate) {
        JsonNode key = Lenient.at(candidate, "AddressKeyFormat");
        return new AddressCandidate(Lenient.texts(key, "AddressLine"),
                Lenient.text(key, "PoliticalDivision2"),
                Lenient.text(key, "PoliticalDivision1"),
                Lenient.text(key, "PostcodePrimaryLow"),
                Lenient.text(key, "PostcodeExtendedLow"),
                Lenient.text(key, "Urbanization"),
                Lenient.text(key, "CountryCode"),
                classification(candidate));
    }
}
