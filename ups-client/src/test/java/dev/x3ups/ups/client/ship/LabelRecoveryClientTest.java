package dev.x3ups.ups.client.ship;

import static org.assertj.core.api.Assertions.assertThat;

import dev.x3ups.ups.client.json.UpsJson;
import org.junit.jupiter.api.Test;

class LabelRecoveryClientTest {

    @Test
    void collectsTrackingNumbersFromLabelsAndCandidatesOnce() {
        RecoveredShipment found = LabelRecoveryClient.read(UpsJson.parse("""
                {"LabelRecoveryResponse":{"ShipmentIdentificationNumber":"1ZA",
                  "LabelResults":{"TrackingNumber":"1ZA","LabelImage":{"LabelImageFormat":{"Code":"GIF"},"GraphicImage":"R0lG"}},
                  "TrackingCandidate":[{"TrackingNumber":"1ZA"},{"TrackingNumber":"1ZB","DestinationCountryCode":"US"}]}}"""));
        assertThat(found.shipmentId()).isEqualTo("1ZA");
        assertThat(found.trackingNumbers()).containsExactly("1ZA", "1ZB");
        assertThat(found.labels()).singleElement().extracting(ShippingLabel::format).isEqualTo("GIF");
    }

    @Test
    void emptyAnswerFindsNothing() {
        RecoveredShipment found = LabelRecoveryClient.read(UpsJson.parse("{\"LabelRecoveryResponse\":{}}"));
        assertThat(found.shipmentId()).isNull();
        assertThat(found.trackingNumbers()).isEmpty();
    }

    @Test
    void recoveryByTrackingNumberAsksForTheConfiguredFormat() {
        var zpl = LabelRecoveryClient.byTrackingNumberBody("1ZA", LabelFormat.ZPL).get("LabelRecoveryRequest");
        assertThat(zpl.get("TrackingNumber").asText()).isEqualTo("1ZA");
        assertThat(zpl.at("/LabelSpecification/LabelImageFormat/Code").asText()).isEqualTo("ZPL");
        assertThat(zpl.at("/LabelSpecification/LabelStockSize/Height").asText()).isEqualTo("6");
        var gif = LabelRecoveryClient.byTrackingNumberBody("1ZA", LabelFormat.GIF).get("LabelRecoveryRequest");
        assertThat(gif.at("/LabelSpecification/HTTPUserAgent").isMissingNode()).isFalse();
    }

    @Test
    void recoveryByReferenceAsksForTheConfiguredFormat() {
        var zpl = LabelRecoveryClient.byReferenceBody("SO-1", "A1B2C3", LabelFormat.ZPL).get("LabelRecoveryRequest");
        assertThat(zpl.at("/ReferenceValues/ReferenceNumber/Value").asText()).isEqualTo("SO-1");
        assertThat(zpl.at("/ReferenceValues/ShipperNumber").asText()).isEqualTo("A1B2C3");
        assertThat(zpl.at("/LabelSpecification/LabelImageFormat/Code").asText()).isEqualTo("ZPL");
        assertThat(zpl.has("TrackingNumber")).isFalse();
    }
}
