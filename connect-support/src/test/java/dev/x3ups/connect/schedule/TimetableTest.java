package dev.x3ups.connect.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** Timing rules on a clock the test moves: a {@link Scheduler#manual} scheduler. */
class TimetableTest {
    private final AtomicLong nanos = new AtomicLong(1_000);
    private final Scheduler scheduler = Scheduler.manual("test", nanos::get);
    private final List<String> runs = new ArrayList<>();

    private void advance(Duration by) {
        nanos.addAndGet(by.toNanos());
    }

    @Test
    void aOneShotJobRunsOnceWhenItsDelayHasPassed() {
        scheduler.once("reminder", Duration.ofSeconds(5), () -> runs.add("reminder"));

        advance(Duration.ofMillis(4_999));
        assertThat(scheduler.runDue()).isZero();
        advance(Duration.ofMillis(1));
        assertThat(scheduler.runDue()).isEqualTo(1);
        advance(Duration.ofHours(1));
        assertThat(scheduler.runDue()).isZero();
        assertThat(runs).containsExactly("reminder");
    }

    @Test
    void aFixedRateJobKeepsItsBeatAndSkipsBeatsALongRunOverlapped() {
        List<Long> starts = new ArrayList<>();
        scheduler.atFixedRate("beat", Duration.ofSeconds(1), Duration.ofSeconds(10), () -> {
            starts.add(nanos.get() - 1_000);
            if (starts.size() == 2) {
                advance(Duration.ofSeconds(25)); // this run takes 25 s: the beats at 21 s and 31 s are missed
            }
        });

        while (nanos.get() - 1_000 <= secs(60)) {
            scheduler.runDue();
            advance(Duration.ofSeconds(1));
        }

        assertThat(starts).containsExactly(secs(1), secs(11), secs(41), secs(51));
    }

    @Test
    void aFixedDelayJobWaitsItsDelayAfterTheEndOfEachRun() {
        List<Long> starts = new ArrayList<>();
        scheduler.withFixedDelay("sweep", Duration.ofSeconds(1), Duration.ofSeconds(10), () -> {
            starts.add(nanos.get() - 1_000);
            advance(Duration.ofSeconds(5)); // each run takes 5 s
        });

        while (nanos.get() - 1_000 <= secs(40)) {
            scheduler.runDue();
            advance(Duration.ofSeconds(1));
        }

        assertThat(starts).containsExactly(secs(1), secs(16), secs(31));
    }

    @Test
    void jobsDueTogetherRunInTheOrderTheyFellDueThenAdded() {
        scheduler.once("second", Duration.ofSeconds(2), () -> runs.add("second"));
        scheduler.once("first", Duration.ofSeconds(1), () -> runs.add("first"));
        scheduler.executor("now-a").execute(() -> runs.add("now-a"));
        scheduler.executor("now-b").execute(() -> runs.add("now-b"));

        advance(Duration.ofSeconds(3));
        scheduler.runDue();

        assertThat(runs).containsExactly("now-a", "now-b", "first", "second");
    }

    @Test
    void aJobThatThrowsRunsAgainAtItsNextTimeAndOthersStillRun() {
        scheduler.atFixedRate("flaky", Duration.ZERO, Duration.ofSeconds(1), () -> {
            runs.add("flaky");
            throw new IllegalStateException("boom");
        });
        scheduler.atFixedRate("steady", Duration.ZERO, Duration.ofSeconds(1), () -> runs.add("steady"));

        scheduler.runDue();
        advance(Duration.ofSeconds(1));
        scheduler.runDue();

        assertThat(runs).containsExactly("flaky", "steady", "flaky", "steady");
    }

    @Test
    void aCancelledJobDoesNotRunAgain() {
        ScheduledJob job = scheduler.withFixedDelay("renewal", Duration.ZERO, Duration.ofSeconds(1),
                () -> runs.add("renewal"));

        scheduler.runDue();
        job.cancel();
        advance(Duration.ofSeconds(5));
        scheduler.runDue();

        assertThat(runs).containsExactly("renewal");
        assertThat(job.cancelled()).isTrue();
        assertThat(job.name()).isEqualTo("renewal");
    }

    @Test
    void aClosedSchedulerDropsItsJobsAndRefusesNewOnes() {
        scheduler.once("late", Duration.ofSeconds(1), () -> runs.add("late"));

        scheduler.close();
        advance(Duration.ofSeconds(2));

        assertThat(scheduler.runDue()).isZero();
        assertThatThrownBy(() -> scheduler.once("after", Duration.ZERO, () -> runs.add("after")))
                .isInstanceOf(RejectedExecutionException.class).hasMessageContaining("after");
        assertThatThrownBy(() -> scheduler.executor("ack").execute(() -> { }))
                .isInstanceOf(RejectedExecutionException.class);
        assertThat(runs).isEmpty();
    }

    @Test
    void aRepeatingJobNeedsAPositivePeriod() {
        assertThatThrownBy(() -> scheduler.atFixedRate("never", Duration.ZERO, Duration.ZERO, () -> { }))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("never");
    }

    @Test
    void theClockMayWrapAroundLikeNanoTime() {
        nanos.set(Long.MAX_VALUE - 500);
        scheduler.once("wrap", Duration.ofNanos(1_000), () -> runs.add("wrap"));

        advance(Duration.ofNanos(999));
        scheduler.runDue();
        assertThat(runs).isEmpty();
        advance(Duration.ofNanos(1));
        scheduler.runDue();
        assertThat(runs).containsExactly("wrap");
    }

    private static long secs(long seconds) {
        return Duration.ofSeconds(seconds).toNanos();
    }
}
