package dev.x3ups.connect.schedule;

import java.util.PriorityQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The jobs of one {@link Scheduler} in the order they fall due, on the clock it was given, and the running of
 * those that are due. Knows nothing of threads beyond waking one that waits for the next job.
 */
final class Timetable {
    private static final Logger LOG = LoggerFactory.getLogger(Scheduler.class);

    enum Kind { ONCE, FIXED_RATE, FIXED_DELAY }

    private final String owner;
    private final LongSupplier nanoTime;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private final PriorityQueue<Entry> queue = new PriorityQueue<>();
    private long added;
    private boolean closed;
    private volatile String running;

    Timetable(String owner, LongSupplier nanoTime) {
        this.owner = owner;
        this.nanoTime = nanoTime;
    }

    Entry add(String name, Kind kind, long delayNanos, long periodNanos, Runnable work) {
        if (kind != Kind.ONCE && periodNanos <= 0) {
            throw new IllegalArgumentException("job " + name + " needs a positive period");
        }
        lock.lock();
        try {
            if (closed) {
                throw new RejectedExecutionException("scheduler " + owner + " is closed; job " + name + " not added");
            }
            Entry entry = new Entry(name, kind, periodNanos, work, nanoTime.getAsLong() + Math.max(0, delayNanos),
                    added++);
            queue.add(entry);
            changed.signalAll();
            return entry;
        } finally {
            lock.unlock();
        }
    }

    /**
     * Runs, one after the other, every job due by now (as the clock tells it), including repeats that fall due
     * meanwhile; a job that throws is logged with its name and runs again at its next time.
     */
    int runDue() {
        int runs = 0;
        Entry entry;
        while ((entry = takeDue()) != null) {
            if (entry.cancelled) {
                continue;
            }
            run(entry);
            runs++;
            if (entry.kind != Kind.ONCE) {
                again(entry);
            }
        }
        return runs;
    }

    /** Waits until the first job is due, a job is added or the timetable is closed (or a spurious wake-up). */
    void awaitDue() throws InterruptedException {
        lock.lock();
        try {
            if (closed) {
                return;
            }
            Entry first = queue.peek();
            if (first == null) {
                changed.await();
                return;
            }
            long wait = first.due - nanoTime.getAsLong();
            if (wait > 0) {
                changed.await(wait, TimeUnit.NANOSECONDS);
            }
        } finally {
            lock.unlock();
        }
    }

    /** Drops every job; adding one afterwards is refused. */
    void close() {
        lock.lock();
        try {
            closed = true;
            queue.clear();
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    boolean closed() {
        lock.lock();
        try {
            return closed;
        } finally {
            lock.unlock();
        }
    }

    /** The job running right now, or null. */
    String running() {
        return running;
    }

    private Entry takeDue() {
        lock.lock();
        try {
            Entry first = queue.peek();
            if (closed || first == null || first.due - nanoTime.getAsLong() > 0) {
                return null;
            }
            return queue.poll();
        } finally {
            lock.unlock();
        }
    }

    private void run(Entry entry) {
        running = entry.name;
        try {
            entry.work.run();
        } catch (Throwable e) {
            LOG.error("Scheduler {}: job {} failed", owner, entry.name, e);
        } finally {
            running = null;
        }
    }

    /** Fixed rate keeps to its beat and skips the beats a long run overlapped; fixed delay counts from the end. */
    private void again(Entry entry) {
        long now = nanoTime.getAsLong();
        if (entry.kind == Kind.FIXED_DELAY) {
            entry.due = now + entry.period;
        } else {
            entry.due += entry.period;
            if (entry.due - now <= 0) {
                entry.due += ((now - entry.due) / entry.period + 1) * entry.period;
            }
        }
        lock.lock();
        try {
            if (!closed && !entry.cancelled) {
                entry.order = added++;
                queue.add(entry);
            }
        } finally {
            lock.unlock();
        }
    }

    static final class Entry implements ScheduledJob, Comparable<Entry> {
        private final String name;
        private final Kind kind;
        private final long period;
        private final Runnable work;
        private long due;
        private long order;
        private volatile boolean cancelled;

        Entry(String name, Kind kind, long period, Runnable work, long due, long order) {
            this.name = name;
            this.kind = kind;
            this.period = period;
            this.work = work;
            this.due = due;
            this.order = order;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public void cancel() {
            cancelled = true;
        }

        @Override
        public boolean cancelled() {
            return cancelled;
        }

        @Override
        public int compareTo(Entry other) {
            int byTime = Long.compare(due - other.due, 0); // nanoTime values compare by difference
            return byTime != 0 ? byTime : Long.compare(order, other.order);
        }
    }
}
