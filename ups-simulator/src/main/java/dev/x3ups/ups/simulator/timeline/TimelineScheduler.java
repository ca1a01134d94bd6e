package dev.x3ups.ups.simulator.timeline;

import dev.x3ups.ups.simulator.clock.SimClock;
import java.time.Instant;
import java.util.List;
import java.util.PriorityQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

/**
 * Publishes scans when they fall due on the simulator clock. Keeps only the next event of each
 * subject in a priority queue, so a pump costs O(due events × log subjects).
 */
public final class TimelineScheduler<T> {
    private record Due(Instant at, long order, Object subject, int index) { }

    private final SimClock clock;
    private final Function<T, Timeline> timelineOf;
    private final List<TimelineListener<T>> listeners = new CopyOnWriteArrayList<>();
    private final PriorityQueue<Due> queue = new PriorityQueue<>((a, b) -> {
        int c = a.at.compareTo(b.at);
        return c != 0 ? c : Long.compare(a.order, b.order);
    });
    private long sequence;

    public TimelineScheduler(SimClock clock, Function<T, Timeline> timelineOf) {
        this.clock = clock;
        this.timelineOf = timelineOf;
    }

    public void addListener(TimelineListener<T> listener) {
        listeners.add(listener);
    }

    public synchronized void track(T subject) {
        List<TimelineEvent> planned = timelineOf.apply(subject).planned();
        if (!planned.isEmpty()) {
            queue.add(new Due(planned.get(0).at(), sequence++, subject, 0));
        }
    }

    /** Re-queues the subject's next scan after its plan changed (see {@link Timeline#pickUpAt}). */
    public synchronized void replanned(T subject) {
        Due next = null;
        for (Due d : queue) {
            if (d.subject == subject) {
                next = d;
                break;
            }
        }
        if (next != null) {
            queue.remove(next);
            queue.add(new Due(timelineOf.apply(subject).planned().get(next.index).at(), sequence++, subject,
                    next.index));
        }
    }

    /** Publishes an out-of-plan event (a void) right away. */
    public void publishNow(T subject, TimelineEvent event) {
        for (TimelineListener<T> l : listeners) {
            l.onEvent(subject, event);
        }
        listeners.forEach(TimelineListener::afterBatch);
    }

    /** Publishes everything due by now; returns how many events were published. */
    @SuppressWarnings("unchecked")
    public synchronized int pump() {
        Instant now = clock.now();
        int published = 0;
        while (!queue.isEmpty() && !queue.peek().at.isAfter(now)) {
            Due due = queue.poll();
            T subject = (T) due.subject;
            Timeline timeline = timelineOf.apply(subject);
            TimelineEvent event = timeline.planned().get(due.index);
            if (!timeline.happens(event)) {
                continue;
            }
            for (TimelineListener<T> l : listeners) {
                l.onEvent(subject, event);
            }
            published++;
            int next = due.index + 1;
            if (next < timeline.planned().size()) {
                queue.add(new Due(timeline.planned().get(next).at(), sequence++, subject, next));
            }
        }
        if (published > 0) {
            listeners.forEach(TimelineListener::afterBatch);
        }
        return published;
    }

    public synchronized int pending() {
        return queue.size();
    }
}
