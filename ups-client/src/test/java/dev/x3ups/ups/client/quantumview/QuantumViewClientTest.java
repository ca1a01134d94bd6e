package dev.x3ups.ups.client.quantumview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.x3ups.ups.client.FixedTokens;
import dev.x3ups.ups.client.TestConfigs;
import dev.x3ups.ups.client.UpsClientConfig;
import dev.x3ups.ups.client.http.UpsHttp;
import dev.x3ups.ups.client.http.UpsTransport;
import dev.x3ups.ups.client.json.UpsJson;
import java.net.http.HttpClient;
import java.time.LocalDateTime;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class QuantumViewClientTest {
    @StartStop
    private final MockWebServer server = new MockWebServer();
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
    private HttpClient http;

    @AfterEach
    void stop() {
        scheduler.shutdownNow();
        if (http != null) {
            UpsHttp.shutdown(http);
        }
    }

    private QuantumViewClient client() {
        return client(QuantumViewClient.DEFAULT_MAX_PAGES);
    }

    private QuantumViewClient client(int maxPages) {
        UpsClientConfig config = TestConfigs.forBaseUrl(server.url("/").toString()).build();
        http = UpsHttp.newClient(config);
        return new QuantumViewClient(UpsTransport.create(config, http, new FixedTokens(), scheduler), maxPages);
    }

    private static MockResponse page(String files, String bookmark) {
        return new MockResponse.Builder().code(200).body("""
                {"QuantumViewResponse":{"Response":{"ResponseStatusCode":"1"},
                 "QuantumViewEvents":{"SubscriberID":"SUB1","SubscriptionEvents":{"Name":"OutboundXML",
                   "SubscriptionFile":%s}}%s}}""".formatted(files,
                bookmark == null ? "" : ",\"Bookmark\":\"" + bookmark + "\"")).build();
    }

    @Test
    void resendsTheSameRequestWithTheBookmarkUntilNoneComesBack() throws Exception {
        // issue #117: Package arriving as a single object instead of an array
        server.enqueue(page("""
                {"FileName":"261127_100000001","Manifest":{"Shipper":{"ShipperNumber":"A1B2C3"},
                  "ReferenceNumber":{"Value":"X3:SALES:SO1"},
                  "Package":{"TrackingNumber":"1Z1","ReferenceNumber":[{"Value":"X3:SALES:SO1"}],
                             "Activity":{"Date":"20261127","Time":"100000"}}}}""", "BM1"));
        server.enqueue(page("""
                [{"FileName":"261127_110000001",
                  "Origin":{"TrackingNumber":"1Z1","ShipperNumber":"A1B2C3","Date":"20261127","Time":"110000",
                    "PackageReferenceNumber":{"Value":"X3:SALES:SO1"},
                    "ActivityLocation":{"AddressArtifactFormat":{"PoliticalDivision2":"Timonium","PoliticalDivision1":"MD","CountryCode":"US"}}},
                  "Exception":{"TrackingNumber":"1Z1","StatusCode":"X1","ReasonDescription":"Address corrected","Date":"20261127","Time":"120000"},
                  "Delivery":[{"TrackingNumber":"1Z1","Date":"20261128","Time":"090000"}],
                  "Generic":{"ActivityType":"OD","TrackingNumber":"1Z1","Activity":{"Date":"20261128","Time":"070000"}}}]""",
                null));

        QuantumViewBatch batch = client().events(QuantumViewQuery.unread("OutboundXML")).get(10, TimeUnit.SECONDS);

        assertThat(batch.pages()).isEqualTo(2);
        assertThat(batch.complete()).isTrue();
        assertThat(batch.subscriberId()).isEqualTo("SUB1");
        assertThat(batch.events()).extracting(QuantumViewEvent::kind).containsExactly(QuantumViewEvent.Kind.MANIFEST,
                QuantumViewEvent.Kind.ORIGIN, QuantumViewEvent.Kind.EXCEPTION, QuantumViewEvent.Kind.DELIVERY,
                QuantumViewEvent.Kind.GENERIC);
        QuantumViewEvent manifest = batch.events().get(0);
        assertThat(manifest.packageReferences()).containsExactly("X3:SALES:SO1");
        assertThat(manifest.shipmentReferences()).containsExactly("X3:SALES:SO1");
        assertThat(manifest.shipperNumber()).isEqualTo("A1B2C3");
        assertThat(batch.events().get(1).city()).isEqualTo("Timonium");
        assertThat(batch.events().get(2).statusDescription()).isEqualTo("Address corrected");
        assertThat(batch.events().get(4).activityType()).isEqualTo("OD");
        assertThat(batch.events().get(4).date()).isEqualTo("20261128");

        JsonNode first = UpsJson.parse(server.takeRequest().getBody().utf8());
        JsonNode second = UpsJson.parse(server.takeRequest().getBody().utf8());
        assertThat(first.path("QuantumViewRequest").has("Bookmark")).isFalse();
        assertThat(second.path("QuantumViewRequest").path("Bookmark").asText()).isEqualTo("BM1");
        assertThat(second.path("QuantumViewRequest").path("SubscriptionRequest"))
                .isEqualTo(first.path("QuantumViewRequest").path("SubscriptionRequest"));
    }

    @Test
    void stopsAtThePageCapWithTheBookmarkToResumeFrom() throws Exception {
        server.enqueue(page("{\"FileName\":\"261127_100000001\",\"Delivery\":{\"TrackingNumber\":\"1Z1\"}}", "BM1"));
        server.enqueue(page("{\"FileName\":\"261127_100000002\",\"Delivery\":{\"TrackingNumber\":\"1Z2\"}}", "BM2"));
        server.enqueue(page("{\"FileName\":\"261127_100000003\",\"Delivery\":{\"TrackingNumber\":\"1Z3\"}}", null));
        QuantumViewClient client = client(2);

        QuantumViewBatch first = client.events(QuantumViewQuery.unread("OutboundXML")).get(10, TimeUnit.SECONDS);
        assertThat(first.events()).hasSize(2);
        assertThat(first.complete()).isFalse();
        assertThat(first.nextBookmark()).isEqualTo("BM2");

        QuantumViewBatch rest = client.events(QuantumViewQuery.unread("OutboundXML"), first.nextBookmark())
                .get(10, TimeUnit.SECONDS);
        assertThat(rest.events()).extracting(QuantumViewEvent::trackingNumber).containsExactly("1Z3");
        assertThat(rest.complete()).isTrue();
        server.takeRequest();
        server.takeRequest();
        assertThat(UpsJson.parse(server.takeRequest().getBody().utf8()).path("QuantumViewRequest").path("Bookmark")
                .asText()).isEqualTo("BM2");
    }

    @Test
    void rangeQueriesUseUpsDateTimes() {
        JsonNode body = QuantumViewClient.body(QuantumViewQuery.between("OutboundXML",
                LocalDateTime.of(2026, 11, 20, 0, 0), LocalDateTime.of(2026, 11, 27, 12, 30)), null);
        JsonNode range = body.path("QuantumViewRequest").path("SubscriptionRequest").get(0).path("DateTimeRange");
        assertThat(range.path("BeginDateTime").asText()).isEqualTo("20261120000000");
        assertThat(range.path("EndDateTime").asText()).isEqualTo("20261127123000");
        assertThat(body.path("QuantumViewRequest").path("Request").path("RequestAction").asText()).isEqualTo("QVEvents");
    }

    @Test
    void subscriptionNamesAreBounded() {
        assertThatThrownBy(() -> QuantumViewQuery.unread("X".repeat(22))).isInstanceOf(IllegalArgumentException.class);
    }
}
