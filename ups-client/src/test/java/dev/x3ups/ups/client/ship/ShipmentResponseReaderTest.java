package dev.x3ups.ups.client.ship;

import static org.assertj.core.api.Assertions.assertThat;

import dev.x3ups.ups.client.json.UpsJson;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class ShipmentResponseReaderTest {

    @Test
    void readsIdsTrackingNumbersChargesAndLabels() {
        ShipOutcome.Created created = ShipmentResponseReader.read(UpsJson.parse("""
                {"ShipmentResponse":{"Response":{"ResponseStatus":{"Code":"1","Description":"Success"},
                   "Alert":[{"Code":"120900","Description":"User Id and Shipper Number combination is not qualified"}],
                   "TransactionReference":{"CustomerContext":"X3:SALES:SO1"}},
                 "ShipmentResults":{"ShipmentIdentificationNumber":"1ZA1B2C30312345675",
                   "ShipmentCharges":{"TotalCharges":{"CurrencyCode":"USD","MonetaryValue":"21.45"}},
                   "NegotiatedRateCharges":{"TotalCharge":{"CurrencyCode":"USD","MonetaryValue":"18.10"}},
                   "PackageResults":[
                     {"TrackingNumber":"1ZA1B2C30312345675","ShippingLabel":{"ImageFormat":{"Code":"GIF"},"GraphicImage":"R0lGOD"}},
                     {"TrackingNumber":"1ZA1B2C30312345684","ShippingLabel":{"ImageFormat":{"Code":"GIF"},"GraphicImage":"R0lGOE"}}]}}}"""));
        assertThat(created.shipmentId()).isEqualTo("1ZA1B2C30312345675");
        assertThat(created.trackingNumbers()).containsExactly("1ZA1B2C30312345675", "1ZA1B2C30312345684");
        assertThat(created.billedCharges()).isEqualTo(new Money("USD", new BigDecimal("21.45")));
        assertThat(created.negotiatedCharges().amount()).isEqualByComparingTo("18.10");
        assertThat(created.customerContext()).isEqualTo("X3:SALES:SO1");
        assertThat(created.labels()).hasSize(2);
        assertThat(created.labels().get(0).toString()).doesNotContain("R0lGOD");
        assertThat(created.alerts()).hasSize(1);
    }

    @Test
    void acceptsASingleObjectWhereAnArrayIsPromisedAndMissingNegotiatedRates() {
        ShipOutcome.Created created = ShipmentResponseReader.read(UpsJson.parse("""
                {"ShipmentResponse":{"ShipmentResults":{"ShipmentIdentificationNumber":"1Z1",
                  "ShipmentCharges":{"TotalCharges":{"CurrencyCode":"USD","MonetaryValue":12}},
                  "PackageResults":{"TrackingNumber":"1Z1","ShippingLabel":{"GraphicImage":""}}}}}"""));
        assertThat(created.trackingNumbers()).containsExactly("1Z1");
        assertThat(created.billedCharges().amount()).isEqualByComparingTo("12");
        assertThat(created.negotiatedCharges()).isNull();
        assertThat(created.labels()).isEmpty();
    }

    @Test
    void noShipmentIdMeansNothingWasRead() {
        assertThat(ShipmentResponseReader.read(UpsJson.parse("{\"ShipmentResponse\":{}}"))).isNull();
    }

    @Test
    void aFormImageUpsPrintedInsteadOfFilingIsKeptAsADocument() {
        ShipOutcome.Created created = ShipmentResponseReader.read(UpsJson.parse("""
                {"ShipmentResponse":{"ShipmentResults":{"ShipmentIdentificationNumber":"1Z1",
                  "PackageResults":[{"TrackingNumber":"1Z1"}],
                  "Form":{"Code":"01","Description":"All Requested International Forms",
                    "Image":{"ImageFormat":{"Code":"PDF"},"GraphicImage":"JVBERi0="},"FormGroupId":"G1"}}}}"""));

        assertThat(created.documents()).containsExactly(new ShippingDocument("01", "All Requested International Forms",
                "PDF", "JVBERi0="));
        assertThat(created.documents().get(0).toString()).doesNotContain("JVBERi0=");
        assertThat(ShipmentResponseReader.read(UpsJson.parse("""
                {"ShipmentResponse":{"ShipmentResults":{"ShipmentIdentificationNumber":"1Z1"}}}""")).documents())
                .as("filed electronically: nothing to keep").isEmpty();
    }
}
