package dev.x3ups.quickstart.progress;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * Prints a progress line every interval when something changed, and at least every {@code quietEvery}
 * intervals otherwise, so an idle pipeline does not flood the terminal.
 */
public final class ProgressPrinter implements AutoCloseable {

    private final Supplier<ProgressSnapshot> sampler;
    private final PrintStream out;
    private final LongSupplier nanoClock;
    private final long startNanos;
    private final int quietEvery;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "quickstart-progress");
        t.setDaemon(true);
        return t;
    });
    private ProgressSnapshot last;
    private int unchanged;
    private boolean firstShipmentSeen;

    /** {@code startNanos}: {@link System#nanoTime()} when the run began; lines show the time since. */
    public ProgressPrinter(Supplier<ProgressSnapshot> sampler, PrintStream out, long startNanos) {
        this(sampler, out, System::nanoTime, startNanos, 5);
    }

    ProgressPrinter(Supplier<ProgressSnapshot> sampler, PrintStream out, LongSupplier nanoClock, long startNanos,
                    int quietEvery) {
        this.sampler = sampler;
        this.out = out;
        this.nanoClock = nanoClock;
        this.startNanos = startNanos;
        this.quietEvery = quietEvery;
    }

    public ProgressPrinter start(Duration interval) {
        timer.scheduleAtFixedRate(this::tick, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
        return this;
    }

    /** One interval: prints if the pipeline moved or has been quiet for long enough. */
    synchronized void tick() {
        ProgressSnapshot now;
        try {
            now = sampler.get();
        } catch (RuntimeException | LinkageError e) {
            // a sample that fails (e.g. during shutdown) is skipped; an Error would end the schedule
            out.println("progress sample failed: " + e);
            return;
        }
        if (!firstShipmentSeen && now.shipmentsCreated() > 0) {
            firstShipmentSeen = true;
            out.println("... first shipment created " + elapsed().toSeconds() + " s after start");
        }
        if (!Objects.equals(now, last) || ++unchanged >= quietEvery) {
            out.println(ProgressLine.format(now, elapsed()));
            out.flush();
            unchanged = 0;
        }
        last = now;
    }

    public Duration elapsed() {
        return Duration.ofNanos(nanoClock.getAsLong() - startNanos);
    }

    @Override
    public void close() throws InterruptedException {
        timer.shutdownNow();
        timer.awaitTermination(2, TimeUnit.SECONDS);
    }
}
