package dev.x3ups.x3.simulator.fault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class FaultInjectorTest {

    private final Faults faults = new Faults();
    private final Counters counters = new Counters();
    private final List<Long> sleeps = new ArrayList<>();
    private final FaultInjector injector = new FaultInjector(faults, counters, new Random(1), sleeps::add);

    @Test
    void passesWithoutFaults() {
        assertThat(injector.decide(true)).isEqualTo(FaultDecision.PASS);
        assertThat(sleeps).isEmpty();
    }

    @Test
    void errorRateOneFailsEveryRequestAndIsCounted() {
        faults.errorRate(1.0);
        assertThat(injector.decide(true)).isEqualTo(FaultDecision.SERVER_ERROR);
        assertThat(injector.decide(false)).isEqualTo(FaultDecision.SERVER_ERROR);
        assertThat(counters.get("fault.error")).isEqualTo(2);
    }

    @Test
    void errorRateIsApproximatelyHonoured() {
        faults.errorRate(0.3);
        int errors = 0;
        for (int i = 0; i < 2000; i++) {
            if (injector.decide(true) == FaultDecision.SERVER_ERROR) {
                errors++;
            }
        }
        assertThat(errors).isBetween(500, 700);
    }

    @Test
    void diagnosesOnlyOnReads() {
        faults.diagnosesRate(1.0);
        assertThat(injector.decide(true)).isEqualTo(FaultDecision.DIAGNOSES_IN_200);
        assertThat(injector.decide(false)).isEqualTo(FaultDecision.PASS);
    }

    @Test
    void latencyDelaysEveryRequest() {
        faults.latency(Duration.ofMillis(40));
        injector.decide(true);
        assertThat(sleeps).containsExactly(40L);
    }

    @Test
    void throttleSlowsDownThenRefuses() {
        faults.throttle(new Throttle(2, 2, 300));
        List<FaultDecision> decisions = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            decisions.add(injector.decide(true));
        }
        assertThat(decisions).containsExactly(FaultDecision.PASS, FaultDecision.PASS, FaultDecision.PASS,
                FaultDecision.PASS, FaultDecision.LICENCE_EXHAUSTED, FaultDecision.LICENCE_EXHAUSTED);
        assertThat(sleeps).containsExactly(300L, 300L);
        faults.clear();
        assertThat(injector.decide(true)).isEqualTo(FaultDecision.PASS);
    }

    @Test
    void ratesOutsideZeroToOneAreRefused() {
        assertThatThrownBy(() -> faults.errorRate(1.5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Throttle(-1, 0, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
