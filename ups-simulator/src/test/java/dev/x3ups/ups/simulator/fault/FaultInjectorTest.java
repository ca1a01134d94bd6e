package dev.x3ups.ups.simulator.fault;

import static org.assertj.core.api.Assertions.assertThat;

import dev.x3ups.ups.simulator.ApiEndpoint;
import java.time.Duration;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class FaultInjectorTest {
    private final FaultInjector faults = new FaultInjector(new Random(7));

    @Test
    void noFaultsPassImmediately() {
        FaultDecision d = faults.decide(ApiEndpoint.SHIP);
        assertThat(d.kind()).isEqualTo(FaultDecision.Kind.PASS);
        assertThat(d.delayMillis()).isZero();
    }

    @Test
    void burstAnswersExactlyTheNextNRequestsWith429() {
        faults.set(ApiEndpoint.SHIP, FaultSpec.none().withRateLimitBurst(3, 2));
        for (int i = 0; i < 3; i++) {
            FaultDecision d = faults.decide(ApiEndpoint.SHIP);
            assertThat(d.kind()).isEqualTo(FaultDecision.Kind.RATE_LIMITED);
            assertThat(d.retryAfterSeconds()).isEqualTo(2);
            assertThat(d.code()).isEqualTo("10429");
        }
        assertThat(faults.decide(ApiEndpoint.SHIP).kind()).isEqualTo(FaultDecision.Kind.PASS);
        assertThat(faults.decide(ApiEndpoint.RATE).kind()).isEqualTo(FaultDecision.Kind.PASS);
    }

    @Test
    void serverErrorRateIsHonouredWithinTolerance() {
        faults.set(ApiEndpoint.TRACK, FaultSpec.none().withServerErrorRate(0.3).withServerErrorStatus(503));
        int errors = 0;
        for (int i = 0; i < 10_000; i++) {
            FaultDecision d = faults.decide(ApiEndpoint.TRACK);
            if (d.kind() == FaultDecision.Kind.SERVER_ERROR) {
                errors++;
                assertThat(d.status()).isEqualTo(503);
            }
        }
        assertThat(errors).isBetween(2700, 3300);
    }

    @Test
    void outageWinsOverEverythingElse() {
        faults.set(ApiEndpoint.TOKEN, FaultSpec.none().withOutage(true).withRateLimitBurst(5, null));
        assertThat(faults.decide(ApiEndpoint.TOKEN).kind()).isEqualTo(FaultDecision.Kind.OUTAGE);
        faults.clear(ApiEndpoint.TOKEN);
        assertThat(faults.decide(ApiEndpoint.TOKEN).kind()).isEqualTo(FaultDecision.Kind.PASS);
    }

    @Test
    void timeoutsCarryModeAndHold() {
        faults.set(ApiEndpoint.SHIP, FaultSpec.none().withTimeouts(1.0, TimeoutMode.AFTER_PROCESSING,
                Duration.ofSeconds(3)));
        FaultDecision d = faults.decide(ApiEndpoint.SHIP);
        assertThat(d.kind()).isEqualTo(FaultDecision.Kind.TIMEOUT);
        assertThat(d.timeoutMode()).isEqualTo(TimeoutMode.AFTER_PROCESSING);
        assertThat(d.hold()).isEqualTo(Duration.ofSeconds(3));
    }

    @Test
    void percentileLatencyHitsItsMedianAndTail() {
        Latency latency = Latency.percentiles(Duration.ofMillis(200), Duration.ofMillis(1000));
        Random r = new Random(1);
        long[] samples = new long[20_000];
        for (int i = 0; i < samples.length; i++) {
            samples[i] = latency.sampleMillis(r);
        }
        Arrays.sort(samples);
        assertThat(samples[samples.length / 2]).isBetween(185L, 215L);
        assertThat(samples[(int) (samples.length * 0.99)]).isBetween(850L, 1150L);
        assertThat(Latency.fixed(Duration.ofMillis(300)).sampleMillis(r)).isEqualTo(300);
    }

    @Test
    void lateCommitsAreDrawnAfterTimeoutsAndCarryTheirDelay() {
        faults.set(ApiEndpoint.SHIP, FaultSpec.none().withLateCommits(1.0, CommitDelay.fixed(Duration.ofSeconds(9)))
                .withHold(Duration.ofSeconds(2)));
        FaultDecision d = faults.decide(ApiEndpoint.SHIP);
        assertThat(d.kind()).isEqualTo(FaultDecision.Kind.LATE_COMMIT);
        assertThat(d.commitAfterMillis()).isEqualTo(9000);
        assertThat(d.hold()).isEqualTo(Duration.ofSeconds(2));

        faults.set(ApiEndpoint.SHIP, FaultSpec.none().withTimeouts(1.0, TimeoutMode.AFTER_PROCESSING,
                Duration.ofSeconds(3)).withLateCommits(1.0, CommitDelay.fixed(Duration.ofSeconds(9))));
        assertThat(faults.decide(ApiEndpoint.SHIP).kind()).as("a timed-out call is not also committed late")
                .isEqualTo(FaultDecision.Kind.TIMEOUT);
    }

    @Test
    void commitDelayIsFixedOrUniformUpToItsMax() {
        Random r = new Random(3);
        CommitDelay upTo = CommitDelay.upTo(Duration.ofSeconds(60));
        long min = Long.MAX_VALUE;
        long max = 0;
        long sum = 0;
        for (int i = 0; i < 10_000; i++) {
            long s = upTo.sampleMillis(r);
            min = Math.min(min, s);
            max = Math.max(max, s);
            sum += s;
        }
        assertThat(min).isBetween(0L, 100L);
        assertThat(max).isBetween(59_900L, 60_000L);
        assertThat(sum / 10_000).isBetween(29_000L, 31_000L);
        assertThat(CommitDelay.between(Duration.ofSeconds(5), Duration.ofSeconds(6)).sampleMillis(r))
                .isBetween(5000L, 6000L);
        assertThat(CommitDelay.fixed(Duration.ofMillis(5500)).sampleMillis(r)).isEqualTo(5500);
    }
}
