package dev.x3ups.connect.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The scheduler on its own thread, in real time. */
class SchedulerTest {
    private Scheduler scheduler;

    @AfterEach
    void close() {
        if (scheduler != null) {
            scheduler.close();
        }
    }

    @Test
    void runsJobsOnOneThreadOfItsOwnNamedAsGiven() {
        scheduler = Scheduler.start("ups-sink-orders-0-scheduler");
        AtomicReference<String> thread = new AtomicReference<>();
        AtomicInteger runs = new AtomicInteger();

        scheduler.withFixedDelay("tick", Duration.ZERO, Duration.ofMillis(10), () -> {
            thread.set(Thread.currentThread().getName());
            runs.incrementAndGet();
        });

        await().atMost(Duration.ofSeconds(5)).until(() -> runs.get() >= 3);
        assertThat(thread.get()).isEqualTo("ups-sink-orders-0-scheduler");
    }

    @Test
    void aJobAddedFromAnotherThreadWakesTheScheduler() {
        scheduler = Scheduler.start("wake");
        scheduler.once("far", Duration.ofHours(1), () -> { });
        CountDownLatch ran = new CountDownLatch(1);

        scheduler.executor("ack").execute(ran::countDown);

        await().atMost(Duration.ofSeconds(5)).until(() -> ran.getCount() == 0);
    }

    @Test
    void aFailingJobIsLoggedWithItsNameAndTheSchedulerCarriesOn() throws Exception {
        PrintStream err = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            scheduler = Scheduler.start("carry-on");
            AtomicInteger attempts = new AtomicInteger();
            scheduler.withFixedDelay("subscription-renewal", Duration.ZERO, Duration.ofMillis(5), () -> {
                attempts.incrementAndGet();
                throw new IllegalStateException("ledger not ready");
            });
            CountDownLatch later = new CountDownLatch(1);
            await().atMost(Duration.ofSeconds(5)).until(() -> attempts.get() >= 2);
            scheduler.once("later", Duration.ofMillis(20), later::countDown);

            assertThat(later.await(5, TimeUnit.SECONDS)).isTrue();
        } finally {
            System.setErr(err);
        }
        assertThat(captured.toString(StandardCharsets.UTF_8))
                .contains("Scheduler carry-on: job subscription-renewal failed")
                .contains("ledger not ready");
    }

    @Test
    void closeWaitsBrieflyForTheRunningJobThenInterruptsIt() throws Exception {
        scheduler = Scheduler.start("closing", Duration.ofMillis(100));
        CountDownLatch started = new CountDownLatch(1);
        AtomicBoolean interrupted = new AtomicBoolean();
        scheduler.once("stuck", Duration.ZERO, () -> {
            started.countDown();
            try {
                new CountDownLatch(1).await(); // a job that never ends on its own
            } catch (InterruptedException e) {
                interrupted.set(true);
            }
        });
        assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();

        long begin = System.nanoTime();
        scheduler.close();

        assertThat(interrupted).isTrue();
        assertThat(Duration.ofNanos(System.nanoTime() - begin)).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void closeLetsAShortRunFinishWithoutInterruptingIt() throws Exception {
        scheduler = Scheduler.start("gentle", Duration.ofSeconds(5));
        CountDownLatch started = new CountDownLatch(1);
        AtomicBoolean finished = new AtomicBoolean();
        AtomicBoolean interrupted = new AtomicBoolean();
        scheduler.once("short", Duration.ZERO, () -> {
            started.countDown();
            try {
                // a job that needs 100 ms: waits on a condition that never comes, bounded
                new CountDownLatch(1).await(100, TimeUnit.MILLISECONDS);
                finished.set(true);
            } catch (InterruptedException e) {
                interrupted.set(true);
            }
        });
        assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();

        scheduler.close();

        assertThat(finished).isTrue();
        assertThat(interrupted).isFalse();
    }

    @Test
    void aJobThatLeavesItsThreadInterruptedDoesNotStopTheScheduler() {
        scheduler = Scheduler.start("resilient");
        AtomicInteger runs = new AtomicInteger();
        scheduler.withFixedDelay("rude", Duration.ZERO, Duration.ofMillis(5), () -> {
            runs.incrementAndGet();
            Thread.currentThread().interrupt();
        });

        await().atMost(Duration.ofSeconds(5)).until(() -> runs.get() >= 3);
    }

    @Test
    void runDueBelongsToManualSchedulers() {
        scheduler = Scheduler.start("threaded");

        assertThatThrownBy(scheduler::runDue).isInstanceOf(IllegalStateException.class);
    }
}
