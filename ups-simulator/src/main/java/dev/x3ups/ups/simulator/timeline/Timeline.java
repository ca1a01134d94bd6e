package dev.x3ups.ups.simulator.timeline;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The planned scans of one package. Voiding cuts the plan: nothing after the void happens, and a
 * manifest-void (MV) scan is added. A test can bring the pickup forward ({@link #pickUpAt}): the pickup
 * scan and everything after it move earlier by the same amount.
 */
public final class Timeline {
    private static final String LABEL_CREATED = "M";
    private static final String PICKUP = "P";
    private volatile List<TimelineEvent> planned;
    private volatile TimelineEvent voidEvent;

    public Timeline(List<TimelineEvent> planned) {
        this.planned = List.copyOf(planned);
    }

    /**
     * Moves the pickup scan to {@code at} (and the later scans by as much) when it is planned later and
     * the package is not voided; returns whether the plan changed.
     */
    public synchronized boolean pickUpAt(Instant at) {
        List<TimelineEvent> current = planned;
        int pickup = 0;
        while (pickup < current.size() && !PICKUP.equals(current.get(pickup).type())) {
            pickup++;
        }
        if (voidEvent != null || pickup == current.size() || !current.get(pickup).at().isAfter(at)) {
            return false;
        }
        Duration earlier = Duration.between(at, current.get(pickup).at());
        List<TimelineEvent> moved = new ArrayList<>(current.subList(0, pickup));
        for (TimelineEvent e : current.subList(pickup, current.size())) {
            moved.add(new TimelineEvent(e.index(), e.at().minus(earlier), e.type(), e.code(), e.description(),
                    e.descriptionCode(), e.location()));
        }
        planned = List.copyOf(moved);
        return true;
    }

    /** Whether UPS has the parcel by {@code now}: any scan other than label created (M) or void (MV). */
    public boolean pickedUpBy(Instant now) {
        for (TimelineEvent e : happenedBy(now)) {
            if (!LABEL_CREATED.equals(e.type()) && e != voidEvent) {
                return true;
            }
        }
        return false;
    }

    public List<TimelineEvent> planned() {
        return planned;
    }

    /** Marks the package voided at {@code at} and returns the MV scan. */
    public synchronized TimelineEvent voidAt(Instant at) {
        if (voidEvent == null) {
            TimelineEvent first = planned.get(0);
            voidEvent = new TimelineEvent(planned.size(), at, "MV", "MV", "Shipment voided: the label was cancelled",
                    "004", first.location());
        }
        return voidEvent;
    }

    public boolean voided() {
        return voidEvent != null;
    }

    /** The planned event at {@code index} if it still happens (not cut by a void). */
    public boolean happens(TimelineEvent e) {
        TimelineEvent v = voidEvent;
        return v == null || !e.at().isAfter(v.at());
    }

    /** Events that have happened by {@code now}, oldest first. */
    public List<TimelineEvent> happenedBy(Instant now) {
        List<TimelineEvent> out = new ArrayList<>();
        for (TimelineEvent e : planned) {
            if (!e.at().isAfter(now) && happens(e)) {
                out.add(e);
            }
        }
        TimelineEvent v = voidEvent;
        if (v != null && !v.at().isAfter(now)) {
            out.add(v);
        }
        return out;
    }

    /** The delivery scan that is planned (whether or not it happened yet), or null for returns. */
    public TimelineEvent plannedDelivery() {
        return planned.stream().filter(TimelineEvent::delivered).findFirst().orElse(null);
    }
}
