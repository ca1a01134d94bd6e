package dev.x3ups.quickstart.runtime;

import dev.x3ups.ups.simulator.pickup.SiteCalendar;
import java.time.ZoneId;
import dev.x3ups.quickstart.summary.UpsView;
import dev.x3ups.ups.simulator.UpsSimulator;
import dev.x3ups.ups.simulator.alert.WebhookDestination;
import dev.x3ups.ups.simulator.ship.ReferenceCount;
import dev.x3ups.ups.simulator.ship.ShippedPackage;
import dev.x3ups.ups.simulator.timeline.TimelineEvent;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The UPS simulator as the quickstart uses it: started with the configs' clients and shipper account,
 * told where the tracking source listens, and asked what it shipped for the run's summary.
 */
final class SimulatedUps implements UpsView, AutoCloseable {

    private final UpsSimulator ups;

    private SimulatedUps(UpsSimulator ups) {
        this.ups = ups;
    }

    static SimulatedUps start(UpsSimulatorSettings settings) {
        UpsSimulator.Builder builder = UpsSimulator.builder().port(settings.port())
                .clockSpeed(settings.clockSpeed()).seed(settings.seed());
        if (settings.accountNumber() != null) {
            builder.accountNumber(settings.accountNumber());
        }
        settings.clients().forEach(builder::client);
        UpsSimulator ups = builder.start();
        if (settings.accountNumber() != null) {
            // the Reno warehouse is on UPS Smart Pickup (config/ups-sink-connector.json, site.RNO.pickup.policy)
            ups.pickups().configureSmartAccount(settings.accountNumber(),
                    SiteCalendar.weekdays(ZoneId.of("America/Los_Angeles")));
        }
        return new SimulatedUps(ups);
    }

    int port() {
        return ups.port();
    }

    String baseUrl() {
        return ups.baseUrl();
    }

    /** What the UPS developer portal does for a real account: events of this client's subscriptions go there. */
    void registerWebhook(String upsClientId, WebhookTarget target) {
        ups.trackAlert().registerWebhook(upsClientId, target.oauth()
                ? WebhookDestination.oauth(target.url(), target.tokenUrl(), target.clientId(), target.clientSecret())
                : WebhookDestination.credential(target.url(), "Basic", target.credential()));
    }

    @Override
    public int created(String reference) {
        ReferenceCount count = counts().get(reference);
        return count == null ? 0 : count.created();
    }

    @Override
    public int live(String reference) {
        ReferenceCount count = counts().get(reference);
        return count == null ? 0 : count.live();
    }

    private Map<String, ReferenceCount> counts() {
        return ups.shipments().createdPerReference();
    }

    /** From the planned timelines: has every package had its last scan yet, and was one returned? */
    @Override
    public Journey journey(List<String> trackingNumbers) {
        if (trackingNumbers.isEmpty()) {
            return Journey.UNKNOWN;
        }
        Instant now = ups.clock().now();
        boolean returned = false;
        for (String number : trackingNumbers) {
            Optional<ShippedPackage> parcel = ups.shipments().byTrackingNumber(number);
            if (parcel.isEmpty()) {
                return Journey.UNKNOWN;
            }
            List<TimelineEvent> planned = parcel.get().timeline().planned();
            if (planned.get(planned.size() - 1).at().isAfter(now)) {
                return Journey.MOVING;
            }
            returned |= parcel.get().timeline().plannedDelivery() == null;
        }
        return returned ? Journey.RETURNED : Journey.DELIVERED;
    }

    @Override
    public boolean labelEmailed(String trackingNumber) {
        return ups.shipments().byTrackingNumber(trackingNumber)
                .map(p -> p.shipment().labelDeliveryEmail() != null).orElse(false);
    }

    @Override
    public void close() {
        ups.close();
    }
}
