package dev.x3ups.ups.client.rate;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.x3ups.ups.client.json.UpsJson;
import dev.x3ups.ups.client.ship.Money;
import dev.x3ups.ups.client.ship.Shipments;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class RateClientTest {

    @Test
    void readsASingleRatedShipmentObjectAndStringMoney() {
        List<RatedService> rated = RateClient.read(UpsJson.parse("""
                {"RateResponse":{"RatedShipment":{"Service":{"Code":"03"},
                  "BillingWeight":{"UnitOfMeasurement":{"Code":"LBS"},"Weight":"5.0"},
                  "TotalCharges":{"CurrencyCode":"USD","MonetaryValue":"14.20"},
                  "NegotiatedRateCharges":{"TotalCharge":{"CurrencyCode":"USD","MonetaryValue":"11.05"}}}}}"""));
        assertThat(rated).containsExactly(new RatedService("03", new Money("USD", new BigDecimal("14.20")),
                new Money("USD", new BigDecimal("11.05")), "5.0", "LBS"));
        assertThat(rated.get(0).effectiveCharges().amount()).isEqualByComparingTo("11.05");
    }

    @Test
    void cheapestHonoursTheAllowedServices() {
        List<RatedService> rated = List.of(
                new RatedService("01", new Money("USD", new BigDecimal("40")), null, null, null),
                new RatedService("03", new Money("USD", new BigDecimal("12")), null, null, null),
                new RatedService("12", new Money("USD", new BigDecimal("20")), new Money("USD", new BigDecimal("9")), null, null));
        assertThat(RateClient.cheapest(rated, List.of()).orElseThrow().serviceCode()).isEqualTo("12");
        assertThat(RateClient.cheapest(rated, List.of("01", "03")).orElseThrow().serviceCode()).isEqualTo("03");
        assertThat(RateClient.cheapest(rated, List.of("99"))).isEmpty();
    }

    @Test
    void rateBodyUsesTheRateFieldNames() {
        JsonNode shipment = RateRequestJson.write(Shipments.inbound("K").negotiatedRates(true).build(), true)
                .path("RateRequest").path("Shipment");
        assertThat(shipment.has("PaymentDetails")).isTrue();
        assertThat(shipment.has("PaymentInformation")).isFalse();
        assertThat(shipment.path("Package").get(0).path("PackagingType").path("Code").asText()).isEqualTo("02");
        assertThat(shipment.path("ShipFrom").path("Name").asText()).isEqualTo("Supplier Industries");
        assertThat(shipment.path("Service").path("Code").asText()).isEqualTo("03");
        assertThat(RateRequestJson.write(Shipments.inbound("K").build(), false).path("RateRequest").path("Shipment")
                .has("Service")).as("Shop rates every service").isFalse();
    }
}
