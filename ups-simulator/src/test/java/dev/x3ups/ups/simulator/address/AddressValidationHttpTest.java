package dev.x3ups.ups.simulator.address;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.x3ups.ups.simulator.ApiEndpoint;
import dev.x3ups.ups.simulator.UpsSimulator;
import dev.x3ups.ups.simulator.contract.UpsContract;
import dev.x3ups.ups.simulator.support.SimulatorClient;
import dev.x3ups.ups.simulator.support.SimulatorClient.Answer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class AddressValidationHttpTest {
    private final UpsSimulator sim = UpsSimulator.builder().start();
    private final SimulatorClient client = new SimulatorClient(sim);

    @AfterEach
    void stop() {
        sim.close();
    }

    static ObjectNode request(String line, String city, String state, String postal, String country) {
        ObjectNode root = SimulatorClient.MAPPER.createObjectNode();
        ObjectNode key = root.putObject("XAVRequest").putObject("AddressKeyFormat");
        if (line != null) {
            key.putArray("AddressLine").add(line);
        }
        if (city != null) {
            key.put("PoliticalDivision2", city);
        }
        if (state != null) {
            key.put("PoliticalDivision1", state);
        }
        if (postal != null) {
            key.put("PostcodePrimaryLow", postal);
        }
        if (country != null) {
            key.put("CountryCode", country);
        }
        return root;
    }

    private Answer validate(String path, ObjectNode body) {
        Answer answer = client.post(path, body);
        if (answer.status() == 200) {
            assertThat(UpsContract.get().checkResponse("POST", path.replaceAll("\\?.*", ""), 200,
                    answer.raw().body())).as("v2 answers keep AddressValidation.yaml").isEmpty();
        }
        return answer;
    }

    @Test
    void aValidCommercialAddressComesBackCorrectedWithItsZipPlus4() {
        Answer a = validate("/api/addressvalidation/v2/3",
                request("26601 Aliso Creek Road", "Aliso Viejo", "CA", "92656", "US"));
        assertThat(a.status()).isEqualTo(200);
        JsonNode r = a.json().path("XAVResponse");
        assertThat(r.path("ValidAddressIndicator").isTextual()).isTrue();
        assertThat(r.path("ValidAddressIndicator").asText()).as("a presence flag").isEmpty();
        assertThat(r.has("AmbiguousAddressIndicator")).isFalse();
        assertThat(r.at("/AddressClassification/Code").asText()).isEqualTo("1");
        assertThat(r.path("Candidate").isArray()).isTrue();
        JsonNode key = r.at("/Candidate/0/AddressKeyFormat");
        assertThat(key.path("AddressLine").get(0).asText()).isEqualTo("26601 ALISO CREEK RD");
        assertThat(key.path("PostcodeExtendedLow").asText()).isEqualTo("3010");
        assertThat(sim.counters().count(ApiEndpoint.ADDRESS_VALIDATION)).isEqualTo(1);
    }

    @Test
    void aResidentialAddressIsClassifiedResidential() {
        JsonNode r = validate("/api/addressvalidation/v2/3",
                request("742 Evergreen Terrace", "Springfield", "IL", "62704", "US")).json().path("XAVResponse");
        assertThat(r.has("ValidAddressIndicator")).isTrue();
        assertThat(r.at("/AddressClassification/Code").asText()).isEqualTo("2");
        assertThat(r.at("/Candidate/0/AddressClassification/Description").asText()).isEqualTo("Residential");
    }

    @Test
    void anAmbiguousAddressListsItsCandidatesUpToTheLimit() {
        JsonNode r = validate("/api/addressvalidation/v2/3",
                request("10 Elm Street", "Brooklyn", "NY", "11201", "US")).json().path("XAVResponse");
        assertThat(r.path("AmbiguousAddressIndicator").asText()).isEmpty();
        assertThat(r.has("ValidAddressIndicator")).isFalse();
        assertThat(r.at("/AddressClassification/Code").asText()).isEqualTo("0");
        assertThat(r.path("Candidate")).hasSize(3);
        assertThat(r.at("/Candidate/1/AddressKeyFormat/AddressLine/0").asText()).isEqualTo("10 ELM ST APT 2");

        JsonNode limited = validate("/api/addressvalidation/v2/3?maximumcandidatelistsize=1",
                request("10 Elm Street", "Brooklyn", "NY", "11201", "US")).json().path("XAVResponse");
        assertThat(limited.path("Candidate")).hasSize(1);
    }

    @Test
    void anUnknownAddressHasNoCandidates() {
        JsonNode r = validate("/api/addressvalidation/v2/3",
                request("999 Nowhere Rd", "Faketown", "TX", "75001", "US")).json().path("XAVResponse");
        assertThat(r.path("NoCandidatesIndicator").asText()).isEmpty();
        assertThat(r.has("Candidate")).isFalse();
        assertThat(r.at("/AddressClassification/Code").asText()).isEqualTo("0");
    }

    @Test
    void anAddressNotInTheBookIsValidAndCommercialInUpsForm() {
        JsonNode r = validate("/api/addressvalidation/v2/3",
                request("1 e 1st street", "Reno", "nv", "89501-1234", "US")).json().path("XAVResponse");
        assertThat(r.has("ValidAddressIndicator")).isTrue();
        assertThat(r.at("/AddressClassification/Code").asText()).isEqualTo("1");
        JsonNode key = r.at("/Candidate/0/AddressKeyFormat");
        assertThat(key.path("AddressLine").get(0).asText()).isEqualTo("1 E 1ST ST");
        assertThat(key.path("PoliticalDivision1").asText()).isEqualTo("NV");
        assertThat(key.path("PostcodePrimaryLow").asText()).isEqualTo("89501");
        assertThat(key.path("PostcodeExtendedLow").asText()).isEqualTo("1234");
    }

    @Test
    void validationOnlyCarriesNoClassificationAndClassificationOnlyNoVerdict() {
        JsonNode validation = validate("/api/addressvalidation/v2/1",
                request("742 Evergreen Terrace", "Springfield", "IL", "62704", "US")).json().path("XAVResponse");
        assertThat(validation.has("ValidAddressIndicator")).isTrue();
        assertThat(validation.has("AddressClassification")).isFalse();
        assertThat(validation.at("/Candidate/0").has("AddressClassification")).isFalse();

        JsonNode classification = validate("/api/addressvalidation/v2/2",
                request("742 Evergreen Terrace", "Springfield", "IL", "62704", "US")).json().path("XAVResponse");
        assertThat(classification.at("/AddressClassification/Code").asText()).isEqualTo("2");
        assertThat(classification.has("ValidAddressIndicator")).isFalse();
        assertThat(classification.has("Candidate")).isFalse();
        assertThat(validate("/api/addressvalidation/v2/2", request("10 Elm Street", "Brooklyn", "NY", "11201", "US"))
                .json().at("/XAVResponse/AddressClassification/Code").asText())
                .as("classification knows the building even when the street address is ambiguous").isEqualTo("2");
    }

    @Test
    void outsideUsAndPuertoRicoOnlyClassificationIsAnswered() {
        Answer street = client.post("/api/addressvalidation/v2/3",
                request("290 Bremner Blvd", "Toronto", "ON", "M5V 2T6", "CA"));
        assertThat(street.status()).isEqualTo(400);
        assertThat(street.errorCode()).isEqualTo("264002");
        assertThat(validate("/api/addressvalidation/v2/2", request("290 Bremner Blvd", "Toronto", "ON", "M5V 2T6", "CA"))
                .json().at("/XAVResponse/AddressClassification/Code").asText()).isEqualTo("1");
        assertThat(validate("/api/addressvalidation/v2/2", request("Marienplatz 8", "München", null, "80331", "DE"))
                .json().at("/XAVResponse/AddressClassification/Code").asText()).isEqualTo("0");
        assertThat(validate("/api/addressvalidation/v2/3", request("1 Calle Fortaleza", "San Juan", "PR", "00901", "PR"))
                .json().at("/XAVResponse/Candidate/0/AddressKeyFormat/Urbanization").asText())
                .isEqualTo("VIEJO SAN JUAN");
    }

    @Test
    void v1AndTheSingleObjectQuirkSendOneCandidateAsAnObjectAndOneLineAsAString() {
        JsonNode v1 = client.post("/api/addressvalidation/v1/3",
                request("26601 Aliso Creek Road", "Aliso Viejo", "CA", "92656", "US")).json().path("XAVResponse");
        assertThat(v1.path("Candidate").isObject()).isTrue();
        assertThat(v1.at("/Candidate/AddressKeyFormat/AddressLine").isTextual()).isTrue();
        try (UpsSimulator quirky = UpsSimulator.builder().addressValidationSingleObjects(true).start()) {
            JsonNode v2 = new SimulatorClient(quirky).post("/api/addressvalidation/v2/3",
                    request("26601 Aliso Creek Road", "Aliso Viejo", "CA", "92656", "US")).json().path("XAVResponse");
            assertThat(v2.path("Candidate").isObject()).isTrue();
            JsonNode ambiguous = new SimulatorClient(quirky).post("/api/addressvalidation/v2/3",
                    request("100 Peachtree Street", "Atlanta", "GA", "30303", "US")).json().path("XAVResponse");
            assertThat(ambiguous.path("Candidate").isArray()).as("two candidates stay an array").isTrue();
        }
    }

    @Test
    void refusesWhatUpsRefuses() {
        ObjectNode ok = request("26601 Aliso Creek Road", "Aliso Viejo", "CA", "92656", "US");
        assertThat(client.post("/api/addressvalidation/v2/4", ok).errorCode()).isEqualTo("264006");
        assertThat(client.post("/api/addressvalidation/v3/3", ok).errorCode()).isEqualTo("264001");
        assertThat(client.post("/api/addressvalidation/v2/3?maximumcandidatelistsize=51", ok).errorCode())
                .isEqualTo("264003");
        assertThat(client.post("/api/addressvalidation/v2/3?regionalrequestindicator=maybe", ok).errorCode())
                .isEqualTo("264004");
        assertThat(client.post("/api/addressvalidation/v2/3", request(null, "Aliso Viejo", "CA", "92656", "US"))
                .errorCode()).isEqualTo("264005");
        assertThat(client.post("/api/addressvalidation/v2/3", request("1 Main St", null, null, null, "US"))
                .errorCode()).isEqualTo("264005");
        Answer noCountry = client.post("/api/addressvalidation/v2/3",
                request("26601 Aliso Creek Road", "Aliso Viejo", "CA", "92656", null));
        assertThat(noCountry.status()).isEqualTo(400);
        assertThat(noCountry.errorCode()).as("schema: CountryCode is required").isEqualTo("10002");
        ObjectNode empty = request("26601 Aliso Creek Road", "", "CA", "92656", "US");
        assertThat(client.post("/api/addressvalidation/v2/3", empty).errorCode()).isEqualTo("10002");
        ObjectNode fourLines = request("1 A", "Aliso Viejo", "CA", "92656", "US");
        ArrayNode lines = (ArrayNode) fourLines.at("/XAVRequest/AddressKeyFormat/AddressLine");
        lines.add("2").add("3").add("4");
        assertThat(client.post("/api/addressvalidation/v2/3", fourLines).errorCode()).isEqualTo("10002");
    }

    @Test
    void theAdminApiListsAndAddsBookEntries() {
        Answer list = client.admin("GET", "/admin/address-book", null);
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.json()).hasSize(AddressBook.SEED.size());
        Answer added = client.admin("POST", "/admin/address-book", """
                {"address":{"lines":["5 Oak Lane"],"city":"Reno","state":"NV","postalCode":"89501","countryCode":"US"},
                 "verdict":"AMBIGUOUS","classification":"RESIDENTIAL",
                 "candidates":[{"lines":["5 OAK LN APT A"],"city":"RENO","state":"NV","postalCode":"89501","countryCode":"US"},
                               {"lines":["5 OAK LN APT B"],"city":"RENO","state":"NV","postalCode":"89501","countryCode":"US"}]}""");
        assertThat(added.status()).isEqualTo(200);
        assertThat(added.json()).hasSize(AddressBook.SEED.size() + 1);
        JsonNode r = validate("/api/addressvalidation/v2/3", request("5 Oak Ln", "Reno", "NV", "89501", "US"))
                .json().path("XAVResponse");
        assertThat(r.has("AmbiguousAddressIndicator")).isTrue();
        assertThat(r.path("Candidate")).hasSize(2);
        assertThat(client.admin("POST", "/admin/address-book", "{\"verdict\":\"VALID\"}").status()).isEqualTo(400);
    }
}
