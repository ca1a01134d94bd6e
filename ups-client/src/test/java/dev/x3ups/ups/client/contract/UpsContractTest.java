package dev.x3ups.ups.client.contract;

import dev.x3ups.ups.simulator.contract.UpsContract;
import static org.assertj.core.api.Assertions.assertThat;

import dev.x3ups.ups.client.json.UpsJson;
import dev.x3ups.ups.client.ship.ShipmentRequestJson;
import dev.x3ups.ups.client.ship.Shipments;
import org.junit.jupiter.api.Test;

/** The validator itself: it must catch what UPS would refuse, and accept what UPS documents. */
class UpsContractTest {
    private final UpsContract contract = UpsContract.get();

    private String shipBody() {
        return UpsJson.write(ShipmentRequestJson.write(Shipments.domesticUs("X3:SALES:SO1").build()));
    }

    @Test
    void findsTheOperationsWeCall() {
        assertThat(contract.find("POST", "/api/shipments/v2409/ship")).isPresent();
        assertThat(contract.find("DELETE", "/api/shipments/v2409/void/cancel/1Z1")).isPresent();
        assertThat(contract.find("POST", "/api/rating/v2409/Shop")).isPresent();
        assertThat(contract.find("GET", "/api/track/v1/details/1Z1")).isPresent();
        assertThat(contract.find("GET", "/api/track/v1/reference/details/REF")).isPresent();
        assertThat(contract.find("POST", "/api/track/v2/subscription/standard/package")).get()
                .extracting(UpsContract.Operation::spec).isEqualTo("UPSTrackAlert");
        assertThat(contract.find("POST", "/api/track/v1/subscription/enhanced/package")).get()
                .extracting(UpsContract.Operation::spec).isEqualTo("UPSTrackAlertEnhanced-v1");
        assertThat(contract.find("POST", "/api/quantumview/v3/events")).isPresent();
        assertThat(contract.find("POST", "/security/v1/oauth/token")).isPresent();
        assertThat(contract.find("POST", "/api/nothing")).isEmpty();
    }

    @Test
    void acceptsAValidShipmentRequest() {
        assertThat(contract.checkRequest("POST", "/api/shipments/v2409/ship", shipBody())).isEmpty();
    }

    @Test
    void rejectsAMissingRequiredField() {
        String bad = shipBody().replace("\"Shipper\":{\"Name\":\"ACME Distribution\",", "\"Shipper\":{");
        assertThat(contract.checkRequest("POST", "/api/shipments/v2409/ship", bad))
                .anySatisfy(v -> assertThat(v).contains("Name"));
    }

    @Test
    void rejectsAnAddressLineLongerThan35CharactersThroughTheArrayLeniency() {
        String bad = shipBody().replace("\"123 Main St\"", "\"" + "X".repeat(40) + "\"");
        assertThat(contract.checkRequest("POST", "/api/shipments/v2409/ship", bad))
                .anySatisfy(v -> assertThat(v).contains("AddressLine"));
    }

    @Test
    void rejectsMoreThanThreeAddressLines() {
        String bad = shipBody().replace("[\"123 Main St\"]", "[\"a\",\"b\",\"c\",\"d\"]");
        assertThat(contract.checkRequest("POST", "/api/shipments/v2409/ship", bad)).isNotEmpty();
    }

    @Test
    void rejectsWrongTypesAndBadTrackingNumbers() {
        String bad = shipBody().replace("\"ShipperNumber\":\"A1B2C3\"", "\"ShipperNumber\":123456");
        assertThat(contract.checkRequest("POST", "/api/shipments/v2409/ship", bad)).isNotEmpty();
        assertThat(contract.checkRequest("POST", "/api/track/v2/subscription/standard/package",
                "{\"locale\":\"en_US\",\"trackingNumberList\":[\"not-a-1Z\"]}")).isNotEmpty();
        assertThat(contract.checkRequest("POST", "/api/track/v2/subscription/standard/package",
                "{\"locale\":\"en_US\",\"trackingNumberList\":[\"1ZA1B2C30300000014\"]}")).isEmpty();
    }

    @Test
    void rejectsResponsesThatBreakTheSchemaAndUndeclaredStatuses() {
        assertThat(contract.checkResponse("POST", "/security/v1/oauth/token", 200,
                "{\"access_token\":\"a\",\"expires_in\":3600}")).as("expires_in must be a string").isNotEmpty();
        assertThat(contract.checkResponse("POST", "/security/v1/oauth/token", 200,
                "{\"access_token\":\"a\",\"expires_in\":\"3600\"}")).isEmpty();
        assertThat(contract.checkResponse("POST", "/api/shipments/v2409/ship", 418, "{}")).isNotEmpty();
        assertThat(contract.checkResponse("GET", "/api/track/v1/details/1Z1", 401,
                "{\"response\":{\"errors\":[{\"code\":\"250002\",\"message\":\"Invalid Authentication Information\"}]}}"))
                .as("undeclared 401 with the common envelope").isEmpty();
    }

    @Test
    void leniencyDropsTheDocumentedOverRequirements() {
        assertThat(contract.checkRequest("POST", "/api/shipments/v2409/ship", shipBody()))
                .as("GIF without LabelStockSize").isEmpty();
        assertThat(contract.validate("QuantumView", "QUANTUMVIEWRequestWrapper",
                "{\"QuantumViewRequest\":{\"Request\":{\"RequestAction\":\"QVEvents\"}}}")).isEmpty();
    }
}
