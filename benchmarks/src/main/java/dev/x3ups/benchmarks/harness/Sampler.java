package dev.x3ups.benchmarks.harness;

import java.time.Duration;

/**
 * A daemon thread that runs one sample every period until closed: the measuring loop of the meters and
 * watchers, which sample while a run goes on (a sampling period, not a test wait).
 */
final class Sampler implements AutoCloseable {
    private final Thread thread;
    private volatile boolean running = true;

    private Sampler(String name, Duration period, Runnable sample) {
        thread = new Thread(() -> loop(period, sample), name);
        thread.setDaemon(true);
    }

    /** Started when {@code start} is true; tests drive the sample themselves and pass false. */
    static Sampler every(Duration period, String name, Runnable sample, boolean start) {
        Sampler sampler = new Sampler(name, period, sample);
        if (start) {
            sampler.thread.start();
        }
        return sampler;
    }

    private void loop(Duration period, Runnable sample) {
        while (running) {
            sample.run();
            try {
                Thread.sleep(period.toMillis());
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
    }
}
