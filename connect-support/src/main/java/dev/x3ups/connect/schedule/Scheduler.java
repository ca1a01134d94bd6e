package dev.x3ups.connect.schedule;

import dev.x3ups.connect.schedule.Timetable.Kind;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The home of a task's background work: named jobs run one after the other on one thread of the task's own —
 * once after a delay, at a fixed rate, or with a fixed delay between the end of one run and the start of the
 * next. A job that throws is logged with its name and runs again at its next time; nothing a job does stops
 * the scheduler. {@link #close()} drops the jobs not yet started, waits briefly for the one running and then
 * interrupts it.
 *
 * <p>Adding a job is one line: {@code scheduler.withFixedDelay("subscription-renewal", every, every, renewer)}.
 * For tests, {@link #manual(String, LongSupplier)} gives a scheduler without a thread on a clock the test moves:
 * {@link #runDue()} then runs what is due.
 */
public final class Scheduler implements AutoCloseable {
    /** How long {@link #close()} waits for a running job before interrupting it, by default. */
    public static final Duration CLOSE_WAIT = Duration.ofSeconds(1);
    private static final Logger LOG = LoggerFactory.getLogger(Scheduler.class);

    private final String name;
    private final Timetable timetable;
    private final Duration closeWait;
    private final Thread thread;

    private Scheduler(String name, LongSupplier nanoTime, Duration closeWait, boolean ownThread) {
        this.name = Objects.requireNonNull(name, "name");
        this.timetable = new Timetable(name, nanoTime);
        this.closeWait = closeWait;
        if (ownThread) {
            thread = new Thread(this::loop, name);
            thread.setDaemon(true);
            thread.start();
        } else {
            thread = null;
        }
    }

    /** A scheduler on its own daemon thread named {@code name}, on the system's monotonic clock. */
    public static Scheduler start(String name) {
        return start(name, CLOSE_WAIT);
    }

    /** As {@link #start(String)}; {@link #close()} waits up to {@code closeWait} for a running job. */
    public static Scheduler start(String name, Duration closeWait) {
        return new Scheduler(name, System::nanoTime, closeWait, true);
    }

    /** For tests: no thread; jobs run when {@link #runDue()} is called, at the times {@code nanoTime} tells. */
    public static Scheduler manual(String name, LongSupplier nanoTime) {
        return new Scheduler(name, nanoTime, Duration.ZERO, false);
    }

    /** Runs {@code work} once, {@code delay} from now. */
    public ScheduledJob once(String job, Duration delay, Runnable work) {
        return timetable.add(job, Kind.ONCE, delay.toNanos(), 0, work);
    }

    /** Runs {@code work} every {@code period} from {@code initialDelay} on; beats a long run overlapped are skipped. */
    public ScheduledJob atFixedRate(String job, Duration initialDelay, Duration period, Runnable work) {
        return timetable.add(job, Kind.FIXED_RATE, initialDelay.toNanos(), period.toNanos(), work);
    }

    /** Runs {@code work} after {@code initialDelay}, then {@code delay} after the end of each run. */
    public ScheduledJob withFixedDelay(String job, Duration initialDelay, Duration delay, Runnable work) {
        return timetable.add(job, Kind.FIXED_DELAY, initialDelay.toNanos(), delay.toNanos(), work);
    }

    /**
     * An executor that runs what it is given as soon as the scheduler can, in the order given, as job
     * {@code job}; once the scheduler is closed it refuses work ({@link java.util.concurrent.RejectedExecutionException}).
     */
    public Executor executor(String job) {
        return work -> once(job, Duration.ZERO, work);
    }

    /** For a {@link #manual} scheduler: runs every job due now; returns how many runs there were. */
    public int runDue() {
        if (thread != null) {
            throw new IllegalStateException("scheduler " + name + " runs its jobs on its own thread");
        }
        return timetable.runDue();
    }

    /**
     * Drops every job not yet started and refuses new ones; waits up to the close wait for a job still running,
     * then interrupts it. Safe to call more than once, and from a job.
     */
    @Override
    public void close() {
        timetable.close();
        if (thread == null || thread == Thread.currentThread()) {
            return;
        }
        try {
            thread.join(Math.max(1, closeWait.toMillis()));
            if (thread.isAlive()) {
                String job = timetable.running();
                LOG.warn("Scheduler {}: job {} still running after {} ms; interrupting it", name, job,
                        closeWait.toMillis());
                thread.interrupt();
                thread.join(Math.max(1, closeWait.toMillis()));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void loop() {
        while (!timetable.closed()) {
            timetable.runDue();
            try {
                timetable.awaitDue();
            } catch (InterruptedException e) {
                if (!timetable.closed()) {
                    LOG.warn("Scheduler {}: a job left its thread interrupted; the scheduler carries on", name);
                }
            }
        }
    }

    @Override
    public String toString() {
        return "Scheduler{" + name + "}";
    }
}
