package dev.x3ups.ups.client.ship;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.x3ups.ups.client.json.UpsJson;
import java.util.List;

/** JSON pieces shared by the Ship and Rate request bodies (same names in both APIs). */
public final class UpsParts {
    private UpsParts() {
    }

    /** {@code {Name, AttentionName?, Phone?, EMailAddress?, Address}}; the email only where the schema has one. */
    public static ObjectNode party(Party party, boolean withEmail, boolean withResidentialFlag) {
        ObjectNode node = UpsJson.object();
        node.put("Name", party.name());
        if (hasText(party.attentionName())) {
            node.put("AttentionName", party.attentionName());
        }
        if (hasText(party.phone())) {
            node.putObject("Phone").put("Number", party.phone());
        }
        if (withEmail && hasText(party.email())) {
            node.put("EMailAddress", party.email());
        }
        node.set("Address", address(party.address(), withResidentialFlag));
        return node;
    }

    public static ObjectNode address(Address address, boolean withResidentialFlag) {
        ObjectNode node = UpsJson.object();
        ArrayNode lines = node.putArray("AddressLine");
        address.lines().forEach(lines::add);
        node.put("City", address.city());
        if (hasText(address.stateProvince())) {
            node.put("StateProvinceCode", address.stateProvince());
        }
        if (hasText(address.postalCode())) {
            node.put("PostalCode", address.postalCode());
        }
        node.put("CountryCode", address.countryCode());
        if (withResidentialFlag && address.residential()) {
            node.put("ResidentialAddressIndicator", ""); // a presence flag
        }
        return node;
    }

    public static ObjectNode weight(Weight weight) {
        ObjectNode node = UpsJson.object();
        node.putObject("UnitOfMeasurement").put("Code", weight.unit().name())
                .put("Description", weight.unit().description());
        node.put("Weight", weight.upsText());
        return node;
    }

    public static ObjectNode dimensions(Dimensions d) {
        ObjectNode node = UpsJson.object();
        node.putObject("UnitOfMeasurement").put("Code", d.unit().name())
                .put("Description", d.unit().description());
        node.put("Length", Dimensions.upsText(d.length()));
        node.put("Width", Dimensions.upsText(d.width()));
        node.put("Height", Dimensions.upsText(d.height()));
        return node;
    }

    public static ArrayNode references(List<ReferenceNumber> references) {
        ArrayNode array = UpsJson.mapper().createArrayNode();
        for (ReferenceNumber reference : references) {
            ObjectNode ref = array.addObject();
            if (hasText(reference.code())) {
                ref.put("Code", reference.code());
            }
            ref.put("Value", reference.value());
        }
        return array;
    }

    static boolean hasText(String s) {
        return s != null && !s.isBlank();
    }
}
