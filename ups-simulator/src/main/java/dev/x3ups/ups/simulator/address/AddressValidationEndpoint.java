package dev.x3ups.ups.simulator.address;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.x3ups.ups.simulator.http.ApiHandler;
import dev.x3ups.ups.simulator.http.ApiRequest;
import dev.x3ups.ups.simulator.http.ApiResponse;
import dev.x3ups.ups.simulator.http.Json;
import dev.x3ups.ups.simulator.http.SingleObjects;
import dev.x3ups.ups.simulator.http.UpsErrors;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * {@code POST /api/addressvalidation/{version}/{requestoption}} (option 1 validation, 2 classification, 3 both),
 * answered from the {@link AddressBook}. Street level exists for the US and Puerto Rico only; classification also
 * for Canada, other countries come back unclassified. Quirks as UPS sends them: the verdict is a presence flag
 * {@code ""}; v1 (and v2 with {@code singleObjects}) sends one candidate as an object and one address line as a
 * string. Error codes are listed in the README.
 */
public final class AddressValidationEndpoint implements ApiHandler {
    private static final Set<String> VERSIONS = Set.of("v1", "v2");
    private static final Set<String> STREET_LEVEL = Set.of("US", "PR");
    private static final Set<String> CLASSIFIED = Set.of("US", "PR", "CA");
    private static final int DEFAULT_CANDIDATES = 15;

    private final AddressBook book;
    private final boolean singleObjects;

    public AddressValidationEndpoint(AddressBook book, boolean singleObjects) {
        this.book = book;
        this.singleObjects = singleObjects;
    }

    @Override
    public ApiResponse handle(ApiRequest request) {
        String version = request.pathParam("version");
        if (!VERSIONS.contains(version)) {
            return UpsErrors.error(400, "264001", "Invalid version: " + version);
        }
        String option = request.pathParam("requestoption");
        if (!Set.of("1", "2", "3").contains(option)) {
            return UpsErrors.error(400, "264006", "Invalid request option: " + option);
        }
        Integer maxCandidates = candidateLimit(request.queryParam("maximumcandidatelistsize"));
        if (maxCandidates == null) {
            return UpsErrors.error(400, "264003", "The maximum candidate list size must be a number from 0 to 50");
        }
        String regionalFlag = request.queryParam("regionalrequestindicator");
        if (regionalFlag != null && !Set.of("true", "false").contains(regionalFlag.toLowerCase(Locale.ROOT))) {
            return UpsErrors.error(400, "264004", "Invalid regionalrequestindicator: " + regionalFlag);
        }
        boolean regional = "true".equalsIgnoreCase(regionalFlag);
        JsonNode key = Json.parse(request.body()).path("XAVRequest").path("AddressKeyFormat");
        if (!key.isObject()) {
            return UpsErrors.error(400, "264005", "Missing XAVRequest/AddressKeyFormat");
        }
        BookAddress asked = read(key);
        if (asked.countryCode() == null || !asked.countryCode().matches("[A-Za-z]{2}")) {
            return UpsErrors.error(400, "264002", "Country Code is invalid or missing");
        }
        boolean validate = !"2".equals(option);
        boolean classify = !"1".equals(option);
        if (validate && !STREET_LEVEL.contains(asked.countryCode().toUpperCase(Locale.ROOT))) {
            return UpsErrors.error(400, "264002",
                    "Street level address validation is available for US and PR addresses only");
        }
        if (validate && !regional && asked.lines().isEmpty()) {
            return UpsErrors.error(400, "264005", "AddressLine is required for street level validation");
        }
        if (validate && asked.postalCode() == null && (asked.city() == null || asked.state() == null)) {
            return UpsErrors.error(400, "264005",
                    "Either a postal code or a city and state are required for address validation");
        }

        ObjectNode body = Json.object();
        ObjectNode response = body.putObject("XAVResponse");
        response.putObject("Response").putObject("ResponseStatus").put("Code", "1").put("Description", "Success");
        if (validate) {
            answerValidation(response, asked, regional, classify, maxCandidates);
        } else {
            put(response.putObject("AddressClassification"), classificationOnly(asked));
        }
        if ("v1".equals(version) || singleObjects) {
            // v1 (and, as integrators report, sometimes v2) sends one-element lists as a single object
            singleAddressLines(response);
            SingleObjects.collapse(body);
        }
        return ApiResponse.ok(body);
    }

    private void answerValidation(ObjectNode response, BookAddress asked, boolean regional, boolean classify,
                                  int maxCandidates) {
        BookEntry entry = book.find(asked).orElseGet(() -> notInBook(asked));
        response.put(entry.verdict().flag(), "");
        if (classify) {
            // UPS cannot classify an address it cannot pin down: ambiguous answers are unclassified at the top
            put(response.putObject("AddressClassification"),
                    entry.verdict() == Verdict.VALID ? entry.classification() : Classification.UNCLASSIFIED);
        }
        List<BookAddress> candidates = entry.candidates();
        if (candidates.isEmpty() || maxCandidates == 0) {
            return;
        }
        ArrayNode out = response.putArray("Candidate");
        for (BookAddress candidate : candidates.subList(0, Math.min(maxCandidates, candidates.size()))) {
            ObjectNode c = out.addObject();
            if (classify) {
                put(c.putObject("AddressClassification"), entry.classification());
            }
            write(c.putObject("AddressKeyFormat"), candidate, regional);
        }
    }

    /** An address the book does not hold is valid and commercial, returned in UPS's standard form with a ZIP+4. */
    private static BookEntry notInBook(BookAddress asked) {
        List<String> lines = asked.lines().stream().map(AddressKeys::standard).toList();
        String postal = asked.postalCode() == null ? null
                : AddressKeys.postalKey(asked.postalCode(), asked.countryCode().toUpperCase(Locale.ROOT));
        String extension = postal == null ? null : extension(asked);
        BookAddress corrected = new BookAddress(lines, upper(asked.city()), upper(asked.state()), postal, extension,
                upper(asked.urbanization()), asked.countryCode().toUpperCase(Locale.ROOT));
        return BookEntry.valid(asked, Classification.COMMERCIAL, corrected);
    }

    /** The caller's ZIP+4 extension when it gave one, else a made-up but stable one. */
    private static String extension(BookAddress asked) {
        if (asked.postalCodeExtension() != null) {
            return asked.postalCodeExtension();
        }
        String digits = asked.postalCode().replaceAll("[\\s-]", "");
        return digits.matches("\\d{9}") ? digits.substring(5)
                : String.format("%04d", Math.floorMod(asked.key().hashCode(), 10_000));
    }

    private Classification classificationOnly(BookAddress asked) {
        return book.find(asked).map(BookEntry::classification)
                .orElse(CLASSIFIED.contains(asked.countryCode().toUpperCase(Locale.ROOT))
                        ? Classification.COMMERCIAL : Classification.UNCLASSIFIED);
    }

    private static BookAddress read(JsonNode key) {
        List<String> lines = new ArrayList<>();
        for (JsonNode line : Json.list(key.get("AddressLine"))) {
            if (line.isValueNode() && !line.asText().isBlank()) {
                lines.add(line.asText());
            }
        }
        String city = Json.text(key, "PoliticalDivision2");
        String state = Json.text(key, "PoliticalDivision1");
        String postal = Json.text(key, "PostcodePrimaryLow");
        String region = Json.text(key, "Region");
        if (region != null) {
            // "If this node is present the following tags will be ignored": city, state and postal codes
            String[] parts = region.split(",");
            city = parts.length > 0 ? parts[0].trim() : null;
            state = parts.length > 1 ? parts[1].trim() : null;
            postal = parts.length > 2 ? parts[2].trim() : null;
        }
        return new BookAddress(lines, city, state, postal, Json.text(key, "PostcodeExtendedLow"),
                Json.text(key, "Urbanization"), Json.text(key, "CountryCode"));
    }

    private static void write(ObjectNode key, BookAddress a, boolean regional) {
        if (!regional && !a.lines().isEmpty()) {
            ArrayNode lines = key.putArray("AddressLine");
            a.lines().forEach(lines::add);
        }
        putText(key, "PoliticalDivision2", a.city());
        putText(key, "PoliticalDivision1", a.state());
        putText(key, "PostcodePrimaryLow", a.postalCode());
        putText(key, "PostcodeExtendedLow", a.postalCodeExtension());
        putText(key, "Urbanization", a.urbanization());
        key.put("CountryCode", a.countryCode());
    }

    private static void put(ObjectNode node, Classification c) {
        node.put("Code", c.code()).put("Description", c.description());
    }

    private static void putText(ObjectNode node, String field, String value) {
        if (value != null && !value.isBlank()) {
            node.put(field, value);
        }
    }

    private static String upper(String s) {
        return s == null ? null : AddressKeys.standard(s);
    }

    private static Integer candidateLimit(String value) {
        if (value == null) {
            return DEFAULT_CANDIDATES;
        }
        try {
            int n = Integer.parseInt(value.trim());
            return n < 0 || n > 50 ? null : n;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static void singleAddressLines(ObjectNode response) {
        for (JsonNode candidate : Json.list(response.get("Candidate"))) {
            JsonNode key = candidate.path("AddressKeyFormat");
            if (key instanceof ObjectNode k && k.path("AddressLine").isArray() && k.path("AddressLine").size() == 1) {
                k.put("AddressLine", k.path("AddressLine").get(0).asText());
            }
        }
    }
}
