package dev.x3ups.ups.simulator.quantumview;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.x3ups.ups.simulator.http.Json;
import dev.x3ups.ups.simulator.network.Address;
import dev.x3ups.ups.simulator.ship.ReferenceNumber;
import dev.x3ups.ups.simulator.ship.Shipment;
import dev.x3ups.ups.simulator.ship.ShippedPackage;
import dev.x3ups.ups.simulator.timeline.LocalTimes;
import dev.x3ups.ups.simulator.timeline.TimelineEvent;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/**
 * Maps scans to Quantum View events (QuantumView.yaml L673ff): M → Manifest (once per shipment, all
 * packages), P → Origin, X and RS → Exception, D → Delivery, O → Generic OD, MV → Generic VM.
 * In-transit scans are not reported.
 */
final class QuantumViewEvents {
    private QuantumViewEvents() {
    }

    static Optional<QuantumViewFile.Entry> map(ShippedPackage p, TimelineEvent e) {
        String kind = switch (e.type()) {
            case "M" -> p.trackingNumber().equals(p.shipment().id()) ? "Manifest" : null;
            case "P" -> "Origin";
            case "X", "RS" -> "Exception";
            case "D" -> "Delivery";
            case "O", "MV" -> "Generic";
            default -> null;
        };
        return kind == null ? Optional.empty() : Optional.of(new QuantumViewFile.Entry(kind, p, e));
    }

    static ObjectNode render(QuantumViewFile.Entry entry) {
        ShippedPackage p = entry.pkg();
        TimelineEvent e = entry.scan();
        return switch (entry.kind()) {
            case "Manifest" -> manifest(p.shipment(), e);
            case "Origin" -> scan(p, e);
            case "Exception" -> exception(p, e);
            case "Delivery" -> delivery(p, e);
            default -> generic(p, e, "MV".equals(e.type()) ? "VM" : "OD");
        };
    }

    private static ObjectNode manifest(Shipment s, TimelineEvent e) {
        ObjectNode m = Json.object();
        ObjectNode shipper = m.putObject("Shipper").put("Name", s.shipperName()).put("ShipperNumber", s.shipperNumber());
        address(shipper.putObject("Address"), s.origin());
        ObjectNode shipTo = m.putObject("ShipTo").put("CompanyName", s.shipToName());
        address(shipTo.putObject("Address"), s.destination());
        references(m.putArray("ReferenceNumber"), s.shipmentReferences());
        m.putObject("Service").put("Code", "0" + s.serviceCode());
        m.put("PickupDate", LocalTimes.date(e.at(), ZoneOffset.UTC));
        ArrayNode packages = m.putArray("Package");
        for (ShippedPackage p : s.packages()) {
            ObjectNode pkg = packages.addObject();
            pkg.putArray("Activity").addObject().put("Date", LocalTimes.date(e.at(), ZoneOffset.UTC))
                    .put("Time", LocalTimes.time(e.at(), ZoneOffset.UTC));
            pkg.putObject("PackageWeight").put("Weight", String.format("%06.1f", p.measure().pounds()));
            pkg.put("TrackingNumber", p.trackingNumber());
            references(pkg.putArray("ReferenceNumber"), p.references());
        }
        m.putObject("BillToAccount").put("Option", "01").put("Number", s.shipperNumber());
        m.put("ConsigneeBillIndicator", "");
        m.put("CollectBillIndicator", "");
        return m;
    }

    private static ObjectNode scan(ShippedPackage p, TimelineEvent e) {
        ObjectNode n = Json.object();
        values(n.putArray("PackageReferenceNumber"), p.references());
        values(n.putArray("ShipmentReferenceNumber"), p.shipment().shipmentReferences());
        n.put("ShipperNumber", p.shipment().shipperNumber());
        n.put("TrackingNumber", p.trackingNumber());
        n.put("Date", LocalTimes.date(e.at(), ZoneOffset.UTC));
        n.put("Time", LocalTimes.time(e.at(), ZoneOffset.UTC));
        n.putObject("ActivityLocation").putObject("AddressArtifactFormat")
                .put("PoliticalDivision2", e.location().city()).put("PoliticalDivision1", state(e));
        n.putObject("BillToAccount").put("Option", "01").put("Number", p.shipment().shipperNumber());
        return n;
    }

    private static ObjectNode exception(ShippedPackage p, TimelineEvent e) {
        ObjectNode n = scan(p, e);
        n.put("StatusCode", e.code());
        n.put("StatusDescription", e.description());
        n.put("ReasonCode", e.code());
        String reason = e.description();
        n.put("ReasonDescription", reason.length() > 40 ? reason.substring(0, 40) : reason);
        return n;
    }

    private static ObjectNode delivery(ShippedPackage p, TimelineEvent e) {
        ObjectNode n = scan(p, e);
        n.putObject("DeliveryLocation").put("Description", "Front Door").put("SignedForByName", "FRONT DOOR")
                .putObject("AddressArtifactFormat").put("PoliticalDivision2", e.location().city())
                .put("PoliticalDivision1", state(e));
        return n;
    }

    private static ObjectNode generic(ShippedPackage p, TimelineEvent e, String activityType) {
        ObjectNode n = Json.object();
        n.put("ActivityType", activityType);
        n.put("TrackingNumber", p.trackingNumber());
        n.put("ShipperNumber", p.shipment().shipperNumber());
        values(n.putArray("ShipmentReferenceNumber"), p.shipment().shipmentReferences());
        values(n.putArray("PackageReferenceNumber"), p.references());
        n.putObject("Activity").put("Date", LocalTimes.date(e.at(), ZoneOffset.UTC))
                .put("Time", LocalTimes.time(e.at(), ZoneOffset.UTC));
        return n;
    }

    private static String state(TimelineEvent e) {
        String s = e.location().stateProvince();
        return s == null || s.length() < 2 ? "XX" : s;
    }

    private static void references(ArrayNode target, List<ReferenceNumber> refs) {
        for (ReferenceNumber r : refs) {
            ObjectNode n = target.addObject();
            if (r.code() != null && r.code().length() == 2) {
                n.put("Code", r.code());
            }
            n.put("Value", r.value());
        }
    }

    /** Scan events carry reference values only: their Code is declared as 3 characters, unlike Manifest's 2. */
    private static void values(ArrayNode target, List<ReferenceNumber> refs) {
        refs.forEach(r -> target.addObject().put("Value", r.value()));
    }

    private static void address(ObjectNode node, Address a) {
        List<String> lines = a.lines();
        for (int i = 0; i < lines.size() && i < 3; i++) {
            node.put("AddressLine" + (i + 1), lines.get(i));
        }
        node.put("City", a.city());
        if (a.stateProvinceCode() != null) {
            node.put("StateProvinceCode", a.stateProvinceCode());
        }
        if (a.postalCode() != null) {
            node.put("PostalCode", a.postalCode());
        }
        node.put("CountryCode", a.countryCode());
    }
}
