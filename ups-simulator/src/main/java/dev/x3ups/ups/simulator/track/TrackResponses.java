package dev.x3ups.ups.simulator.track;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.x3ups.ups.simulator.http.Json;
import dev.x3ups.ups.simulator.network.ServiceCatalog;
import dev.x3ups.ups.simulator.ship.ReferenceNumber;
import dev.x3ups.ups.simulator.ship.Shipment;
import dev.x3ups.ups.simulator.ship.ShippedPackage;
import dev.x3ups.ups.simulator.timeline.EventLocation;
import dev.x3ups.ups.simulator.timeline.LocalTimes;
import dev.x3ups.ups.simulator.timeline.TimelineEvent;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

/** Renders {@code TrackApiResponse} (Tracking.yaml L887ff) from a package's timeline; activity newest first. */
final class TrackResponses {
    private TrackResponses() {
    }

    static ObjectNode notFound(String inquiry) {
        ObjectNode root = Json.object();
        ObjectNode shipment = root.putObject("trackResponse").putArray("shipment").addObject();
        shipment.put("inquiryNumber", inquiry);
        shipment.putArray("warnings").addObject().put("code", "TW0001").put("message", "Tracking Information Not Found");
        return root;
    }

    static ObjectNode found(String inquiry, List<ShippedPackage> packages, Instant now) {
        ObjectNode root = Json.object();
        ObjectNode shipment = root.putObject("trackResponse").putArray("shipment").addObject();
        shipment.put("inquiryNumber", inquiry);
        ArrayNode list = shipment.putArray("package");
        for (ShippedPackage p : packages) {
            list.add(pkg(p, now));
        }
        return root;
    }

    private static ObjectNode pkg(ShippedPackage p, Instant now) {
        Shipment s = p.shipment();
        List<TimelineEvent> happened = p.timeline().happenedBy(now);
        ObjectNode node = Json.object();
        node.put("trackingNumber", p.trackingNumber());
        TimelineEvent current = happened.get(happened.size() - 1);
        status(node.putObject("currentStatus"), current);
        ArrayNode activity = node.putArray("activity");
        for (int i = happened.size() - 1; i >= 0; i--) {
            activity.add(activity(happened.get(i)));
        }
        ArrayNode dates = node.putArray("deliveryDate");
        TimelineEvent delivery = p.timeline().plannedDelivery();
        if (current.delivered()) {
            dates.addObject().put("type", "DEL").put("date", LocalTimes.date(current.at(), zone(current)));
            node.putObject("deliveryTime").put("type", "DEL").put("endTime", LocalTimes.time(current.at(), zone(current)));
            node.putObject("deliveryInformation").put("receivedBy", "FRONT DOOR").put("location", "Front Door");
        } else if (delivery != null && !p.timeline().voided()) {
            dates.addObject().put("type", "SDD").put("date", LocalTimes.date(delivery.at(), zone(delivery)));
            node.putObject("deliveryTime").put("type", "EOD").put("endTime", "235900");
        }
        ArrayNode refs = node.putArray("referenceNumber");
        for (ReferenceNumber r : s.shipmentReferences()) {
            refs.addObject().put("type", "SHIPMENT").put("number", r.value());
        }
        for (ReferenceNumber r : p.references()) {
            refs.addObject().put("type", "PACKAGE").put("number", r.value());
        }
        node.putObject("service").put("code", s.serviceCode()).put("levelCode", s.serviceCode())
                .put("description", "UPS " + ServiceCatalog.name(s.serviceCode()));
        node.putObject("weight").put("unitOfMeasurement", p.measure().weightUnit())
                .put("weight", p.measure().weight().toPlainString());
        ArrayNode addresses = node.putArray("packageAddress");
        address(addresses.addObject().put("type", "ORIGIN").put("name", s.shipperName()), s.origin().city(),
                s.origin().stateProvinceCode(), s.origin().postalCode(), s.origin().countryCode());
        address(addresses.addObject().put("type", "DESTINATION").put("name", s.shipToName()), s.destination().city(),
                s.destination().stateProvinceCode(), s.destination().postalCode(), s.destination().countryCode());
        node.put("packageCount", s.packages().size());
        return node;
    }

    private static ObjectNode activity(TimelineEvent e) {
        ObjectNode a = Json.object();
        EventLocation l = e.location();
        ObjectNode address = a.putObject("location").putObject("address");
        address.put("city", l.city()).put("stateProvince", l.stateProvince()).put("postalCode", l.postalCode())
                .put("country", l.countryCode()).put("countryCode", l.countryCode());
        status(a.putObject("status"), e);
        ZoneOffset offset = zone(e);
        a.put("date", LocalTimes.date(e.at(), offset));
        a.put("time", LocalTimes.time(e.at(), offset));
        a.put("gmtDate", LocalTimes.date(e.at(), ZoneOffset.UTC));
        a.put("gmtTime", LocalTimes.time(e.at(), ZoneOffset.UTC));
        a.put("gmtOffset", LocalTimes.offsetText(offset));
        return a;
    }

    private static void status(ObjectNode node, TimelineEvent e) {
        node.put("type", e.type()).put("code", e.code()).put("description", e.description())
                .put("simplifiedTextDescription", e.description()).put("statusCode", e.descriptionCode());
    }

    private static void address(ObjectNode node, String city, String state, String postal, String country) {
        node.putObject("address").put("city", city).put("stateProvince", state == null ? "" : state)
                .put("postalCode", postal == null ? "" : postal).put("countryCode", country).put("country", country);
    }

    private static ZoneOffset zone(TimelineEvent e) {
        return LocalTimes.offset(e.location().countryCode());
    }
}
