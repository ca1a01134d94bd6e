package dev.x3ups.quickstart.runtime;

import dev.x3ups.quickstart.summary.UpsView;
import dev.x3ups.ups.simulator.UpsSimulator;
import dev.x3ups.ups.simulator.ship.ReferenceCount;
import dev.x3ups.ups.simulator.ship.ShippedPackage;
import dev.x3ups.ups.simulator.timeline.TimelineEvent;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** {@link UpsView} over the running UPS simulator: its per-reference counts and planned timelines. */
final class SimulatedUps implements UpsView {

    private final UpsSimulator ups;

    SimulatedUps(UpsSimulator ups) {
        this.ups = ups;
    }

    @Override
    public int created(String reference) {
        ReferenceCount count = ups.shipments().createdPerReference().get(reference);
        return count == null ? 0 : count.created();
    }

    @Override
    public int live(String reference) {
        ReferenceCount count = ups.shipments().createdPerReference().get(reference);
        return count == null ? 0 : count.live();
    }

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
            TimelineEvent last = planned.get(planned.size() - 1);
            if (last.at().isAfter(now)) {
                return Journey.MOVING;
            }
            returned |= parcel.get().timeline().plannedDelivery() == null;
        }
        return returned ? Journey.RETURNED : Journey.DELIVERED;
    }
}
