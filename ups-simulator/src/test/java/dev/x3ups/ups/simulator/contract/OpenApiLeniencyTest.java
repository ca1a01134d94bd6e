package dev.x3ups.ups.simulator.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.x3ups.ups.simulator.http.Json;
import org.junit.jupiter.api.Test;

class OpenApiLeniencyTest {

    @Test
    void stringLimitsOnArraysMoveToTheItemsAndMaximumBecomesMaxItems() {
        JsonNode schema = Json.parse("""
                {"type":"object","required":["AddressLine","LabelStockSize"],"properties":{
                  "AddressLine":{"type":"array","maximum":3,"items":{"type":"string"},"minLength":1,"maxLength":35}}}""");
        OpenApiLeniency.apply(schema);
        JsonNode lines = schema.path("properties").path("AddressLine");
        assertThat(lines.has("maxLength")).isFalse();
        assertThat(lines.path("maxItems").asInt()).isEqualTo(3);
        assertThat(lines.path("items").path("allOf").get(0).path("type").asText()).isEqualTo("string");
        assertThat(lines.path("items").path("allOf").get(1).path("maxLength").asInt()).isEqualTo(35);
        assertThat(schema.path("required")).hasSize(1);
        assertThat(schema.path("required").get(0).asText()).isEqualTo("AddressLine");
    }

    @Test
    void knownDefectsAreRelaxedOnlyWhereTheyAre() {
        JsonNode components = Json.parse("""
                {"schemas":{
                  "RateRequest_Request":{"required":["RequestOption"]},
                  "Shipment_Service":{"properties":{"Code":{"type":"string","minLength":3,"maxLength":3}}},
                  "ShipmentResults_BillingWeight":{"properties":{"Weight":{"type":"string","minLength":8,"maxLength":8}}},
                  "QuantumViewRequest_Request":{"properties":{"RequestAction":{"minLength":11,"maxLength":11}}},
                  "Other":{"properties":{"Weight":{"type":"string","minLength":8}}}}}""");
        OpenApiLeniency.applyKnownDefects(components);
        JsonNode schemas = components.path("schemas");
        assertThat(schemas.path("RateRequest_Request").path("required")).as("UPS requires RequestOption in the body")
                .hasSize(1);
        assertThat(schemas.path("Shipment_Service").path("properties").path("Code").path("minLength").asInt()).isEqualTo(2);
        assertThat(schemas.path("ShipmentResults_BillingWeight").path("properties").path("Weight").has("minLength")).isFalse();
        assertThat(schemas.path("QuantumViewRequest_Request").path("properties").path("RequestAction").has("minLength")).isFalse();
        assertThat(schemas.path("Other").path("properties").path("Weight").path("minLength").asInt()).isEqualTo(8);
    }

    @Test
    void pickupDefectsAreRelaxedToWhatUpsDocuments() {
        JsonNode components = Json.parse("""
                {"schemas":{
                  "PickupCreationRequest_PickupDateInfo":{"properties":{"PickupDate":{"type":"string","minLength":4,"maxLength":4}}},
                  "PickupRateRequest_PickupDateInfo":{"properties":{"PickupDate":{"type":"string","minLength":8,"maxLength":8}}},
                  "PickupCreationRequest_TotalWeight":{"properties":{"Weight":{"type":"string","minLength":6,"maxLength":6}}},
                  "PickupRateRequest":{"properties":{"ServiceDateOption":{"type":"string","minLength":1,"maxLength":1}}},
                  "PickupRateResponse_RateResult":{"properties":{"GrandTotalOfAllCharge":{"type":"string","minLength":8,"maxLength":8},
                    "RateType":{"type":"string","minLength":2,"maxLength":2}}}}}""");
        OpenApiLeniency.applyKnownDefects(components);
        JsonNode schemas = components.path("schemas");
        JsonNode date = schemas.path("PickupCreationRequest_PickupDateInfo").path("properties").path("PickupDate");
        assertThat(date.path("minLength").asInt()).isEqualTo(8);
        assertThat(date.path("maxLength").asInt()).isEqualTo(8);
        assertThat(schemas.path("PickupCreationRequest_TotalWeight").path("properties").path("Weight").has("maxLength"))
                .isFalse();
        assertThat(schemas.path("PickupRateRequest").path("properties").path("ServiceDateOption").path("maxLength")
                .asInt()).isEqualTo(2);
        JsonNode rate = schemas.path("PickupRateResponse_RateResult").path("properties");
        assertThat(rate.path("GrandTotalOfAllCharge").has("minLength")).isFalse();
        assertThat(rate.path("GrandTotalOfAllCharge").path("maxLength").asInt()).isEqualTo(8);
        assertThat(rate.path("RateType").path("minLength").asInt()).as("not an amount").isEqualTo(2);
    }
}
