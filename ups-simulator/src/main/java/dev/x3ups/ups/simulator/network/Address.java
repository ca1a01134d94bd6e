package dev.x3ups.ups.simulator.network;

import com.fasterxml.jackson.databind.JsonNode;
import dev.x3ups.ups.simulator.http.Json;
import java.util.List;

/** A postal address as UPS carries it ({@code AddressLine[]} up to 3 lines). */
public record Address(List<String> lines, String city, String stateProvinceCode, String postalCode,
                      String countryCode, boolean residential) {

    public static Address from(JsonNode address) {
        List<String> lines = Json.list(address == null ? null : address.get("AddressLine")).stream()
                .map(JsonNode::asText).toList();
        return new Address(lines, Json.text(address, "City"), Json.text(address, "StateProvinceCode"),
                Json.text(address, "PostalCode"), Json.text(address, "CountryCode"),
                Json.present(address, "ResidentialAddressIndicator"));
    }

    /** The pair rule of reference numbers: US→US and PR→PR are "domestic" for UPS. */
    public static boolean domesticPair(Address from, Address to) {
        String a = from == null ? null : from.countryCode();
        String b = to == null ? null : to.countryCode();
        return a != null && a.equals(b) && ("US".equals(a) || "PR".equals(a));
    }
}
