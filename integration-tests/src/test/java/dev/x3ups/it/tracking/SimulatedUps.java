package dev.x3ups.it.tracking;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.x3ups.ups.simulator.UpsSimulator;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

/**
 * Puts shipments into the UPS simulator through its public API, as the UPS sink would: a token, a Ground
 * shipment with the order key as package reference, and Track Alert subscriptions (v2, or v1 with a destination).
 */
final class SimulatedUps {
    static final String ACCOUNT = "A1B2C3";
    static final String CLIENT_ID = "sim-client-id";
    static final String CLIENT_SECRET = "sim-client-secret";
    private static final ObjectMapper JSON = new ObjectMapper();
    private final UpsSimulator sim;
    private final HttpClient http = HttpClient.newHttpClient();
    private String token;

    SimulatedUps(UpsSimulator sim) {
        this.sim = sim;
    }

    /** Ships one package for the order; returns its tracking number. */
    String ship(String orderKey) {
        ObjectNode root = JSON.createObjectNode();
        ObjectNode req = root.putObject("ShipmentRequest");
        req.putObject("Request").put("RequestOption", "nonvalidate").put("SubVersion", "2409")
                .putObject("TransactionReference").put("CustomerContext", orderKey);
        ObjectNode s = req.putObject("Shipment");
        s.put("Description", "Goods");
        ObjectNode shipper = s.putObject("Shipper").put("Name", "ACME").put("ShipperNumber", ACCOUNT);
        shipper.putObject("Phone").put("Number", "5555555555");
        address(shipper.putObject("Address"), "1 Main St", "Timonium", "MD", "21093");
        address(s.putObject("ShipTo").put("Name", "Customer").put("AttentionName", "Jane").putObject("Address"),
                "123 Main St", "Alpharetta", "GA", "30005");
        s.putObject("PaymentInformation").putArray("ShipmentCharge").addObject().put("Type", "01")
                .putObject("BillShipper").put("AccountNumber", ACCOUNT);
        s.putObject("Service").put("Code", "03").put("Description", "Ground");
        ObjectNode p = s.putArray("Package").addObject();
        p.put("Description", "Order");
        p.putObject("Packaging").put("Code", "02");
        p.putObject("PackageWeight").put("Weight", "5").putObject("UnitOfMeasurement").put("Code", "LBS");
        p.putArray("ReferenceNumber").addObject().put("Code", "PO").put("Value", orderKey);
        req.putObject("LabelSpecification").put("HTTPUserAgent", "Mozilla/4.5").putObject("LabelImageFormat")
                .put("Code", "GIF");
        JsonNode answer = post("/api/shipments/v2409/ship", root);
        return answer.at("/ShipmentResponse/ShipmentResults/PackageResults").get(0).get("TrackingNumber").asText();
    }

    /** Track Alert v2 (webhook registered separately) or v1 (destination with our credential in the body). */
    void subscribe(List<String> trackingNumbers, String v1Url, String v1Credential) {
        ObjectNode body = JSON.createObjectNode().put("locale", "en_US").put("countryCode", "US");
        ArrayNode list = body.putArray("trackingNumberList");
        trackingNumbers.forEach(list::add);
        if (v1Url == null) {
            post("/api/track/v2/subscription/standard/package", body);
        } else {
            body.putObject("destination").put("url", v1Url).put("credentialType", "Bearer")
                    .put("credential", v1Credential);
            post("/api/track/v1/subscription/standard/package", body);
        }
    }

    private JsonNode post(String path, JsonNode body) {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(sim.baseUrl() + path))
                    .header("Authorization", "Bearer " + token())
                    .header("Content-Type", "application/json")
                    .header("transId", UUID.randomUUID().toString().substring(0, 32))
                    .header("transactionSrc", "it")
                    .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(path + " answered " + response.statusCode() + ": " + response.body());
            }
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private String token() throws IOException, InterruptedException {
        if (token == null) {
            String basic = Base64.getEncoder().encodeToString((CLIENT_ID + ":" + CLIENT_SECRET)
                    .getBytes(StandardCharsets.UTF_8));
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(sim.tokenUrl()))
                    .header("Authorization", "Basic " + basic)
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials")).build(),
                    HttpResponse.BodyHandlers.ofString());
            token = JSON.readTree(response.body()).get("access_token").asText();
        }
        return token;
    }

    private static void address(ObjectNode a, String line, String city, String state, String postal) {
        a.putArray("AddressLine").add(line);
        a.put("City", city);
        a.put("StateProvinceCode", state);
        a.put("PostalCode", postal);
        a.put("CountryCode", "US");
    }
}
