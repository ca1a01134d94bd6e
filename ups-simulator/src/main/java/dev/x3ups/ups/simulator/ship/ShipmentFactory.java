package dev.x3ups.ups.simulator.ship;

import com.fasterxml.jackson.databind.JsonNode;
import dev.x3ups.ups.simulator.address.ResidentialDelivery;
import dev.x3ups.ups.simulator.http.Json;
import dev.x3ups.ups.simulator.network.Address;
import dev.x3ups.ups.simulator.network.PackageMeasure;
import dev.x3ups.ups.simulator.network.ServiceCatalog;
import dev.x3ups.ups.simulator.network.Tariff;
import dev.x3ups.ups.simulator.timeline.EventLocation;
import dev.x3ups.ups.simulator.timeline.TimelinePlanner;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Turns a validated ShipmentRequest into a {@link Shipment} with numbers, prices, labels and timelines. */
public final class ShipmentFactory {
    private final TrackingNumbers numbers;
    private final TimelinePlanner planner;
    private final ResidentialDelivery residential;

    public ShipmentFactory(TrackingNumbers numbers, TimelinePlanner planner) {
        this(numbers, planner, ResidentialDelivery.flagOnly());
    }

    public ShipmentFactory(TrackingNumbers numbers, TimelinePlanner planner, ResidentialDelivery residential) {
        this.numbers = numbers;
        this.planner = planner;
        this.residential = residential;
    }

    public Shipment create(JsonNode shipmentRequest, String clientId, Instant now) {
        JsonNode s = shipmentRequest.get("Shipment");
        JsonNode shipper = s.get("Shipper");
        Address origin = Address.from((Json.present(s, "ShipFrom") ? s.get("ShipFrom") : shipper).get("Address"));
        Address destination = Address.from(s.get("ShipTo").get("Address"));
        String service = Json.text(s.get("Service"), "Code");
        List<JsonNode> packageNodes = Json.list(s.get("Package"));
        List<PackageMeasure> measures = packageNodes.stream().map(PackageMeasure::from).toList();
        // billed as UPS classifies the ship-to; the shipment keeps the destination as requested
        Tariff.Quote quote = Tariff.quote(service, origin, residential.billed(destination), measures);
        String context = Json.text(shipmentRequest.path("Request").get("TransactionReference"), "CustomerContext");
        Shipment shipment = new Shipment(Json.text(shipper, "ShipperNumber").toUpperCase(), Json.text(shipper, "Name"),
                Json.text(s.get("ShipTo"), "Name"), clientId, service, origin, destination,
                references(s.get("ReferenceNumber"), "SHIPMENT"), context, now, quote);
        if ("8".equals(Json.text(s.get("ReturnService"), "Code"))) {
            shipment.deliverLabelTo(Json.text(s.path("ShipmentServiceOptions").path("LabelDelivery").get("EMail"),
                    "EMailAddress"));
        }
        String labelFormat = Json.text(shipmentRequest.path("LabelSpecification").get("LabelImageFormat"), "Code");
        String format = labelFormat == null ? "GIF" : labelFormat.toUpperCase();
        int transitDays = ServiceCatalog.transitDays(service, quote.zone());
        for (int i = 0; i < packageNodes.size(); i++) {
            String tracking = numbers.next(shipment.shipperNumber(), service);
            shipment.addPackage(new ShippedPackage(tracking, shipment,
                    references(packageNodes.get(i).get("ReferenceNumber"), "PACKAGE"), measures.get(i), format,
                    planner.plan(tracking, now, location(origin), location(destination), transitDays)));
        }
        return shipment;
    }

    private static List<ReferenceNumber> references(JsonNode node, String level) {
        List<ReferenceNumber> out = new ArrayList<>();
        for (JsonNode r : Json.list(node)) {
            out.add(new ReferenceNumber(level, Json.text(r, "Code"), Json.text(r, "Value")));
        }
        return out;
    }

    static EventLocation location(Address a) {
        return new EventLocation(a.city(), a.stateProvinceCode() == null ? "" : a.stateProvinceCode(),
                a.postalCode() == null ? "" : a.postalCode(), a.countryCode());
    }
}
