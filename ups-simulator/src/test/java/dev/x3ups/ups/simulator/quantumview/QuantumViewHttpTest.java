package dev.x3ups.ups.simulator.quantumview;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.x3ups.ups.simulator.UpsSimulator;
import dev.x3ups.ups.simulator.support.ShipRequests;
import dev.x3ups.ups.simulator.support.SimulatorClient;
import dev.x3ups.ups.simulator.support.SimulatorClient.Answer;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class QuantumViewHttpTest {
    private static final String EVENTS = "/api/quantumview/v3/events";
    private final UpsSimulator sim = UpsSimulator.builder().exceptionShare(0).clockSpeed(0)
            .clockStart(java.time.Instant.parse("2026-07-01T10:00:00Z"))
            .quantumViewEventsPerFile(3).quantumViewPageSize(2).start();
    private final SimulatorClient client = new SimulatorClient(sim);

    @AfterEach
    void stop() {
        sim.close();
    }

    private static ObjectNode request(String bookmark) {
        ObjectNode root = SimulatorClient.MAPPER.createObjectNode();
        ObjectNode qv = root.putObject("QuantumViewRequest");
        qv.putObject("Request").put("RequestAction", "QVEvents");
        qv.putArray("SubscriptionRequest").addObject().put("Name", "OutboundXML");
        if (bookmark != null) {
            qv.put("Bookmark", bookmark);
        }
        return root;
    }

    /** Follows the Bookmark loop; returns every file name seen and how many pages it took. */
    private int drain(ObjectNode firstRequest, Set<String> files, List<JsonNode> events) {
        ObjectNode req = firstRequest;
        int pages = 0;
        while (true) {
            Answer a = client.post(EVENTS, req);
            assertThat(a.status()).isEqualTo(200);
            pages++;
            JsonNode response = a.json().get("QuantumViewResponse");
            assertThat(response.at("/Response/ResponseStatusCode").asText()).isEqualTo("1");
            for (JsonNode f : response.at("/QuantumViewEvents/SubscriptionEvents/0/SubscriptionFile")) {
                assertThat(files.add(f.get("FileName").asText())).as("each file once").isTrue();
                assertThat(f.get("FileName").asText()).hasSize(16);
                for (String kind : new String[] {"Manifest", "Origin", "Exception", "Delivery", "Generic"}) {
                    f.path(kind).forEach(events::add);
                }
            }
            JsonNode bookmark = response.get("Bookmark");
            if (bookmark == null) {
                return pages;
            }
            req = firstRequest.deepCopy();
            ((ObjectNode) req.get("QuantumViewRequest")).put("Bookmark", bookmark.asText());
        }
    }

    @Test
    void unreadEventsComeOnceThroughTheBookmarkLoop() {
        for (int i = 0; i < 4; i++) {
            client.post("/api/shipments/v2409/ship", ShipRequests.domestic("X3-QV-" + i));
        }
        sim.advanceClock(Duration.ofDays(6));
        Set<String> files = new HashSet<>();
        List<JsonNode> events = new java.util.ArrayList<>();
        int pages = drain(request(null), files, events);
        // 4 manifests + 4 origins + 4 out-for-delivery (Generic OD) + 4 deliveries = 16 events, 3 per file.
        assertThat(events).hasSize(16);
        assertThat(files).hasSize(6);
        assertThat(pages).isEqualTo(3);
        assertThat(events.stream().filter(e -> e.has("ConsigneeBillIndicator")).count()).isEqualTo(4);
        JsonNode manifest = events.stream().filter(e -> e.has("ConsigneeBillIndicator")).findFirst().orElseThrow();
        assertThat(manifest.at("/Package/0/ReferenceNumber/0/Value").asText()).startsWith("X3-QV-");
        assertThat(manifest.at("/Shipper/ShipperNumber").asText()).isEqualTo(ShipRequests.ACCOUNT);
        assertThat(sim.quantumView().unreadFiles("OutboundXML")).isZero();

        Set<String> again = new HashSet<>();
        drain(request(null), again, new java.util.ArrayList<>());
        assertThat(again).as("read files are not returned in unread mode").isEmpty();
    }

    @Test
    void dateRangeReturnsReadFilesAgain() {
        client.post("/api/shipments/v2409/ship", ShipRequests.domestic("X3-QV-R"));
        sim.advanceClock(Duration.ofDays(6));
        drain(request(null), new HashSet<>(), new java.util.ArrayList<>());
        ObjectNode ranged = request(null);
        DateTimeFormatter f = DateTimeFormatter.ofPattern("yyyyMMddHHmmss").withZone(ZoneOffset.UTC);
        ((ObjectNode) ranged.at("/QuantumViewRequest/SubscriptionRequest/0")).putObject("DateTimeRange")
                .put("BeginDateTime", f.format(sim.clock().now().minus(Duration.ofDays(1))))
                .put("EndDateTime", f.format(sim.clock().now().plus(Duration.ofDays(1))));
        List<JsonNode> events = new java.util.ArrayList<>();
        drain(ranged, new HashSet<>(), events);
        assertThat(events).hasSize(4);
    }

    @Test
    void eventsOlderThanSevenDaysAreGone() {
        client.post("/api/shipments/v2409/ship", ShipRequests.domestic("X3-QV-OLD"));
        java.time.Instant delivered = sim.shipments().all().get(0).packages().get(0).timeline().plannedDelivery().at();
        sim.advanceClock(Duration.between(sim.clock().now(), delivered.plus(Duration.ofDays(7)).minusSeconds(60)));
        List<JsonNode> events = new java.util.ArrayList<>();
        drain(request(null), new HashSet<>(), events);
        assertThat(events).as("only the delivery is younger than 7 days").hasSize(1);
        assertThat(events.get(0).has("DeliveryLocation")).isTrue();
    }

    @Test
    void versionOneAnswersSingleObjectsForOneElementLists() {
        client.post("/api/shipments/v2409/ship", ShipRequests.domestic("X3-QV-1"));
        sim.advanceClock(Duration.ofMinutes(1));
        JsonNode events = client.post("/api/quantumview/v1/events", request(null)).json()
                .at("/QuantumViewResponse/QuantumViewEvents/SubscriptionEvents");
        assertThat(events.isObject()).isTrue();
        assertThat(events.at("/SubscriptionFile/Manifest/Package/TrackingNumber").asText()).startsWith("1Z");
    }

    @Test
    void unknownSubscriptionNamesAndBadBookmarksAreRejected() {
        ObjectNode bad = request(null);
        ((ObjectNode) bad.at("/QuantumViewRequest/SubscriptionRequest/0")).put("Name", "Nope");
        assertThat(client.post(EVENTS, bad).status()).isEqualTo(400);
        assertThat(client.post(EVENTS, request("%%%")).status()).isEqualTo(400);
    }
}
