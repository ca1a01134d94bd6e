package dev.x3ups.ups.simulator.timeline;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The planned scans of one package. Voiding cuts the plan: nothing after the void happens, and a
 * manifest-void (MV) scan is added.
 */
public final class Timeline {
    private final List<TimelineEvent> planned;
    private volatile TimelineEvent voidEvent;

    public Timeline(List<TimelineEvent> planned) {
        this.planned = List.copyOf(planned);
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
