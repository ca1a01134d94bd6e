package dev.x3ups.ups.client.address;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.x3ups.ups.client.ship.Address;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class AddressValidationRequestJsonTest {

    @Test
    void writesUpsNamesAndSplitsAZipPlus4() {
        JsonNode key = AddressValidationRequestJson.write(new Address(List.of("26601 Aliso Creek Road", " ", "Ste D"),
                "Aliso Viejo", "CA", "92656-3010", "US", false)).path("XAVRequest").path("AddressKeyFormat");
        assertThat(key.path("AddressLine").size()).as("blank lines left out").isEqualTo(2);
        assertThat(key.path("AddressLine").get(1).asText()).isEqualTo("Ste D");
        assertThat(key.path("PoliticalDivision2").asText()).isEqualTo("Aliso Viejo");
        assertThat(key.path("PoliticalDivision1").asText()).isEqualTo("CA");
        assertThat(key.path("PostcodePrimaryLow").asText()).isEqualTo("92656");
        assertThat(key.path("PostcodeExtendedLow").asText()).isEqualTo("3010");
        assertThat(key.path("CountryCode").asText()).isEqualTo("US");
        assertThat(key.has("ResidentialAddressIndicator")).isFalse();
    }

    @Test
    void leavesEmptyFieldsOutAndNonUsPostalCodesWhole() {
        JsonNode key = AddressValidationRequestJson.write(new Address(List.of("1 Yonge St"), "Toronto", "",
                "M5E 1W7", "CA", false)).path("XAVRequest").path("AddressKeyFormat");
        assertThat(key.has("PoliticalDivision1")).isFalse();
        assertThat(key.path("PostcodePrimaryLow").asText()).isEqualTo("M5E 1W7");
        assertThat(key.has("PostcodeExtendedLow")).isFalse();
    }

    @Test
    void postalParts() {
        assertThat(Arrays.asList(AddressValidationRequestJson.postalParts("300051234", "US"))).containsExactly("30005", "1234");
        assertThat(Arrays.asList(AddressValidationRequestJson.postalParts("00907-2215", "pr"))).containsExactly("00907", "2215");
        assertThat(Arrays.asList(AddressValidationRequestJson.postalParts("30005", "US"))).containsExactly("30005", null);
        assertThat(Arrays.asList(AddressValidationRequestJson.postalParts(null, "US"))).containsExactly(null, null);
    }

    @Test
    void streetLevelCoversUsAndPuertoRicoOnly() {
        assertThat(AddressValidationClient.streetLevelCovered("US")).isTrue();
        assertThat(AddressValidationClient.streetLevelCovered("pr")).isTrue();
        assertThat(AddressValidationClient.streetLevelCovered("CA")).isFalse();
        assertThat(AddressValidationClient.streetLevelCovered(null)).isFalse();
    }
}
