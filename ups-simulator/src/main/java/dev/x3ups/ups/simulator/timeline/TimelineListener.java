package dev.x3ups.ups.simulator.timeline;

/** Told about every scan when it happens on the simulator clock. */
public interface TimelineListener<T> {
    void onEvent(T subject, TimelineEvent event);

    /** Called after each batch of due events, so listeners can flush. */
    default void afterBatch() {
    }
}
