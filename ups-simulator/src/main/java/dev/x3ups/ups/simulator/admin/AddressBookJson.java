package dev.x3ups.ups.simulator.admin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.x3ups.ups.simulator.address.BookAddress;
import dev.x3ups.ups.simulator.address.BookEntry;
import dev.x3ups.ups.simulator.address.Classification;
import dev.x3ups.ups.simulator.address.Verdict;
import dev.x3ups.ups.simulator.http.Json;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Address book entries in the admin API's JSON: {@code {"address":{...},"verdict":"AMBIGUOUS",
 * "classification":"RESIDENTIAL","candidates":[{...}]}}, an address being {@code {"lines":[..],"city","state",
 * "postalCode","postalCodeExtension","urbanization","countryCode"}}.
 */
final class AddressBookJson {
    private AddressBookJson() {
    }

    static ArrayNode write(List<BookEntry> entries) {
        ArrayNode out = Json.array();
        for (BookEntry entry : entries) {
            ObjectNode n = out.addObject();
            n.set("address", write(entry.address()));
            n.put("verdict", entry.verdict().name()).put("classification", entry.classification().name());
            ArrayNode candidates = n.putArray("candidates");
            entry.candidates().forEach(c -> candidates.add(write(c)));
        }
        return out;
    }

    /** Reads one entry; {@link IllegalArgumentException} when it is incomplete or inconsistent. */
    static BookEntry read(JsonNode n) {
        String verdict = Json.text(n, "verdict");
        String classification = Json.text(n, "classification");
        if (verdict == null || !n.path("address").isObject()) {
            throw new IllegalArgumentException("an entry needs \"address\" and \"verdict\"");
        }
        List<BookAddress> candidates = new ArrayList<>();
        Json.list(n.get("candidates")).forEach(c -> candidates.add(address(c)));
        return new BookEntry(address(n.get("address")), Verdict.valueOf(verdict.toUpperCase(Locale.ROOT)),
                classification == null ? Classification.UNCLASSIFIED
                        : Classification.valueOf(classification.toUpperCase(Locale.ROOT)), candidates);
    }

    private static ObjectNode write(BookAddress a) {
        ObjectNode n = Json.object();
        ArrayNode lines = n.putArray("lines");
        a.lines().forEach(lines::add);
        n.put("city", a.city()).put("state", a.state()).put("postalCode", a.postalCode())
                .put("postalCodeExtension", a.postalCodeExtension()).put("urbanization", a.urbanization())
                .put("countryCode", a.countryCode());
        return n;
    }

    private static BookAddress address(JsonNode n) {
        List<String> lines = new ArrayList<>();
        Json.list(n.get("lines")).forEach(l -> lines.add(l.asText()));
        String country = Json.text(n, "countryCode");
        if (lines.isEmpty() || country == null) {
            throw new IllegalArgumentException("an address needs \"lines\" and \"countryCode\"");
        }
        return new BookAddress(lines, Json.text(n, "city"), Json.text(n, "state"), Json.text(n, "postalCode"),
                Json.text(n, "postalCodeExtension"), Json.text(n, "urbanization"), country);
    }
}
