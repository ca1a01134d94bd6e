package dev.x3ups.connect.schedule;

/** A job on a {@link Scheduler}: its name (in logs) and a way to stop it running again. */
public interface ScheduledJob {

    String name();

    /** No further run starts; a run already going finishes. */
    void cancel();

    boolean cancelled();
}
