package dev.x3ups.ups.client.track;

import static org.assertj.core.api.Assertions.assertThat;

import dev.x3ups.ups.client.json.UpsJson;
import org.junit.jupiter.api.Test;

class TrackResponseReaderTest {

    @Test
    void readsPackagesActivitiesReferencesAndDeliveryDates() {
        TrackResult result = TrackResponseReader.read(UpsJson.parse("""
                {"trackResponse":{"shipment":[{"inquiryNumber":"1Z1","package":[{"trackingNumber":"1Z1",
                  "currentStatus":{"type":"D","code":"FS","description":"Delivered","statusCode":"011"},
                  "deliveryDate":[{"type":"DEL","date":"20261127"}],
                  "referenceNumber":[{"type":"SHIPMENT","number":"X3:SALES:SO1"}],
                  "activity":[{"date":"20261127","time":"101500","gmtDate":"20261127","gmtTime":"151500","gmtOffset":"-05:00",
                     "location":{"address":{"city":"Alpharetta","stateProvince":"GA","countryCode":"US"}},
                     "status":{"type":"D","code":"FS","description":"Delivered"}},
                    {"date":"20261126","time":"080000","status":{"type":"I","code":"OR","description":"Origin Scan"}}]}]}]}}"""));
        TrackedPackage pkg = result.packages().get(0);
        assertThat(result.found()).isTrue();
        assertThat(pkg.delivered()).isTrue();
        assertThat(pkg.deliveredDate()).isEqualTo("20261127");
        assertThat(pkg.references()).containsExactly("X3:SALES:SO1");
        assertThat(pkg.activities()).hasSize(2);
        assertThat(pkg.activities().get(0).city()).isEqualTo("Alpharetta");
        assertThat(pkg.activities().get(1).status().code()).isEqualTo("OR");
    }

    @Test
    void singleObjectsAndMissingCurrentStatusAreTolerated() {
        TrackResult result = TrackResponseReader.read(UpsJson.parse("""
                {"trackResponse":{"shipment":{"package":{"trackingNumber":"1Z2",
                  "activity":{"date":"20261127","status":{"type":"X","code":"XA","description":"Exception"}}}}}}"""));
        assertThat(result.packages()).hasSize(1);
        assertThat(result.packages().get(0).currentStatus().type()).isEqualTo("X");
    }

    @Test
    void tw0001MeansNotFound() {
        TrackResult result = TrackResponseReader.read(UpsJson.parse("""
                {"trackResponse":{"shipment":[{"inquiryNumber":"1Z3","warnings":[{"code":"TW0001","message":"Tracking Information Not Found"}]}]}}"""));
        assertThat(result.found()).isFalse();
        assertThat(result.notFoundWarning()).isTrue();
    }
}
