package dev.x3ups.ups.sink;

import dev.x3ups.connect.schedule.Scheduler;
import dev.x3ups.ups.sink.aftership.UnusedLabelSweep;
import dev.x3ups.ups.sink.config.UpsSinkConfig;
import dev.x3ups.ups.sink.pickup.DailyPickups;
import dev.x3ups.ups.sink.subscription.SubscriptionBatcher;
import dev.x3ups.ups.sink.subscription.SubscriptionRenewer;
import java.time.Duration;

/**
 * The work a UPS sink task repeats on its {@link Scheduler} whether or not orders arrive, one line per job.
 * Started once the ledger has been read, so a job never sees a half-read ledger.
 */
final class BackgroundJobs {
    /** Between two polls of the delivery watch (each waits up to half a second for records). */
    static final Duration DELIVERY_PAUSE = Duration.ofMillis(100);

    private BackgroundJobs() {
    }

    /** {@code batcher} and {@code renewer} are null when Track Alert subscriptions are off. */
    static void start(Scheduler scheduler, UpsSinkConfig config, SubscriptionBatcher batcher,
                      SubscriptionRenewer renewer) {
        start(scheduler, config, batcher, renewer, null);
    }

    /** {@code sweep} is null when the unused-label sweep is off. */
    static void start(Scheduler scheduler, UpsSinkConfig config, SubscriptionBatcher batcher,
                      SubscriptionRenewer renewer, UnusedLabelSweep sweep) {
        if (sweep != null) {
            Duration every = config.duration(UpsSinkConfig.UNUSED_LABEL_SWEEP_INTERVAL_MS_CONFIG);
            scheduler.withFixedDelay("unused-label-sweep", every, every, sweep);
        }
        if (batcher != null) {
            Duration tick = flushTick(config.duration(UpsSinkConfig.SUBSCRIPTION_FLUSH_MS_CONFIG));
            scheduler.withFixedDelay("subscription-flush", tick, tick, batcher::flushDue);
        }
        if (renewer != null) {
            Duration every = config.duration(UpsSinkConfig.SUBSCRIPTION_RENEW_CHECK_MS_CONFIG);
            scheduler.withFixedDelay("subscription-renewal", every, every, renewer);
        }
    }

    /**
     * The pickup plan, on a scheduler of its own: it waits on UPS and reads the ledger, which must not hold up the
     * ledger acknowledgements and subscription flushes of the task's scheduler.
     */
    static void startPickups(Scheduler own, UpsSinkConfig config, DailyPickups pickups) {
        Duration every = config.duration(UpsSinkConfig.PICKUP_CHECK_MS_CONFIG);
        own.withFixedDelay("daily-pickups", Duration.ZERO, every, pickups);
    }

    /** The delivery watch, on a thread of its own: each run polls the tracking topic once and waits for ledger acks. */
    static void startDeliveries(Scheduler own, Runnable watch) {
        own.withFixedDelay("delivery-watch", Duration.ZERO, DELIVERY_PAUSE, watch);
    }

    /** The late duplicate audit ({@code audit} null when off), first run one interval after the start. */
    static void startAudit(Scheduler scheduler, UpsSinkConfig config, Runnable audit) {
        if (audit != null) {
            Duration every = config.duration(UpsSinkConfig.AUDIT_INTERVAL_MS_CONFIG);
            scheduler.withFixedDelay("late-duplicate-audit", every, every, audit);
        }
    }

    /** Ledger retirement (docs/architecture.md, "Retirement"), first run one interval after the start. */
    static void startRetirement(Scheduler scheduler, UpsSinkConfig config, Runnable retirement) {
        Duration every = config.duration(UpsSinkConfig.LEDGER_RETIREMENT_INTERVAL_MS_CONFIG);
        scheduler.withFixedDelay("ledger-retirement", every, every, retirement);
    }

    /** A quarter of the flush interval, between 50 ms and 1 s: a batch leaves at most that late. */
    static Duration flushTick(Duration flushInterval) {
        return Duration.ofMillis(Math.max(50, Math.min(1000, flushInterval.toMillis() / 4)));
    }
}
