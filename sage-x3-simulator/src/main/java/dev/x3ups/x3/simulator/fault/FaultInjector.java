package dev.x3ups.x3.simulator.fault;

import java.util.Random;
import java.util.function.LongConsumer;

/** Applies the current {@link Faults} to one request: waits as configured, then says how to answer. */
public final class FaultInjector {

    private final Faults faults;
    private final Counters counters;
    private final Random random;
    private final LongConsumer sleeper;

    public FaultInjector(Faults faults, Counters counters, Random random) {
        this(faults, counters, random, FaultInjector::sleep);
    }

    FaultInjector(Faults faults, Counters counters, Random random, LongConsumer sleeper) {
        this.faults = faults;
        this.counters = counters;
        this.random = random;
        this.sleeper = sleeper;
    }

    /** @param read whether the request reads data (only reads get the diagnoses-in-200 fault) */
    public FaultDecision decide(boolean read) {
        long delay = faults.latencyMillis();
        Throttle throttle = faults.throttle();
        if (throttle != null) {
            long n = faults.countThrottled();
            if (n > throttle.budget() + throttle.grace()) {
                counters.increment("fault.throttled");
                pause(delay);
                return FaultDecision.LICENCE_EXHAUSTED;
            }
            if (n > throttle.budget()) {
                counters.increment("fault.throttled");
                delay += throttle.slowMillis();
            }
        }
        pause(delay);
        if (roll(faults.errorRate())) {
            counters.increment("fault.error");
            return FaultDecision.SERVER_ERROR;
        }
        if (read && roll(faults.diagnosesRate())) {
            counters.increment("fault.diagnoses");
            return FaultDecision.DIAGNOSES_IN_200;
        }
        return FaultDecision.PASS;
    }

    private boolean roll(double rate) {
        if (rate <= 0) {
            return false;
        }
        synchronized (random) {
            return random.nextDouble() < rate;
        }
    }

    private void pause(long millis) {
        if (millis > 0) {
            sleeper.accept(millis);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
