package dev.x3ups.ups.simulator.fault;

import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Work of held requests that is done after the client gave up (see {@link FaultSpec#withLateCommits}).
 * Counts what is still due and what was done, so a test can wait until every late commit has landed.
 */
public final class LateCommits {
    private static final Logger LOG = LoggerFactory.getLogger(LateCommits.class);

    /** Late work scheduled, still due, done with a 2xx answer, and done but refused (e.g. a 400). */
    public record Counts(long scheduled, long pending, long committed, long refused) { }

    private final ScheduledExecutorService scheduler;
    private final AtomicLong scheduled = new AtomicLong();
    private final AtomicLong pending = new AtomicLong();
    private final AtomicLong committed = new AtomicLong();
    private final AtomicLong refused = new AtomicLong();

    public LateCommits(ScheduledExecutorService scheduler) {
        this.scheduler = scheduler;
    }

    /** Runs {@code work} (returning the HTTP status nobody will read) {@code afterMillis} from now. */
    public void schedule(long afterMillis, IntSupplier work) {
        scheduled.incrementAndGet();
        pending.incrementAndGet();
        scheduler.schedule(() -> run(work), Math.max(0, afterMillis), TimeUnit.MILLISECONDS);
    }

    private void run(IntSupplier work) {
        try {
            int status = work.getAsInt();
            (status / 100 == 2 ? committed : refused).incrementAndGet();
        } catch (RuntimeException e) {
            refused.incrementAndGet();
            LOG.warn("late commit failed", e);
        } finally {
            pending.decrementAndGet();
        }
    }

    public Counts counts() {
        return new Counts(scheduled.get(), pending.get(), committed.get(), refused.get());
    }

    public long pending() {
        return pending.get();
    }
}
