package dev.x3ups.ups.simulator.alert;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.x3ups.ups.simulator.http.Json;
import dev.x3ups.ups.simulator.ship.ShippedPackage;
import dev.x3ups.ups.simulator.timeline.EventLocation;
import dev.x3ups.ups.simulator.timeline.LocalTimes;
import dev.x3ups.ups.simulator.timeline.TimelineEvent;
import java.time.ZoneOffset;

/** {@code TrackingEventRequest} bodies (UPSTrackAlert.yaml L659ff), with "" for empty fields as UPS sends. */
final class TrackingEventPayloads {
    static final String USER_AGENT = "UPSPubSubTrackingService";
    /** A tiny delivery photo (a 1×1 GIF) for the late photo event. */
    static final String PHOTO = "R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7";

    private TrackingEventPayloads() {
    }

    static ObjectNode event(ShippedPackage p, TimelineEvent e, boolean withPhoto) {
        ObjectNode n = Json.object();
        ZoneOffset local = LocalTimes.offset(e.location().countryCode());
        n.put("trackingNumber", p.trackingNumber());
        n.put("localActivityDate", LocalTimes.date(e.at(), local));
        n.put("localActivityTime", LocalTimes.time(e.at(), local));
        n.put("gmtActivityDate", LocalTimes.date(e.at(), ZoneOffset.UTC));
        n.put("gmtActivityTime", LocalTimes.time(e.at(), ZoneOffset.UTC));
        // Track Alert writes the offset as "-05.00" (UPSTrackAlert.yaml pattern), unlike the Track API.
        n.put("gmtOffset", LocalTimes.offsetText(local).replace(':', '.'));
        EventLocation l = e.location();
        n.putObject("activityLocation").put("city", l.city()).put("stateProvince", l.stateProvince())
                .put("postalCode", l.postalCode()).put("country", l.countryCode());
        n.putObject("activityStatus").put("type", e.trackAlertType()).put("code", e.code())
                .put("description", e.description()).put("descriptionCode", e.descriptionCode());
        TimelineEvent planned = p.timeline().plannedDelivery();
        n.put("scheduledDeliveryDate", planned == null ? "" : LocalTimes.date(planned.at(), local));
        n.put("actualDeliveryDate", e.delivered() ? LocalTimes.date(e.at(), local) : "");
        n.put("actualDeliveryTime", e.delivered() ? LocalTimes.time(e.at(), local) : "");
        n.put("deliveryStartTime", "");
        n.put("deliveryEndTime", "");
        n.put("deliveryTimeDescription", e.delivered() ? "" : "end of day");
        n.put("deliveryPhoto", withPhoto ? PHOTO : "");
        n.put("alternateTrackingNumber", "");
        n.put("receivedBy", e.delivered() ? "FRONT DOOR" : "");
        return n;
    }
}
