package dev.x3ups.benchmarks.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.x3ups.benchmarks.stats.Spread;
import java.util.List;
import org.junit.jupiter.api.Test;

class TargetCheckTest {

    private static Figure figure(String id, double... runs) {
        return new Figure(id, "s", id, "u", Spread.of(java.util.Arrays.stream(runs).boxed().toList()), "");
    }

    @Test
    void targetsAreHeldAgainstTheMedianAndAMissingFigureIsNotMeasured() {
        List<TargetCheck> checks = TargetCheck.evaluate(List.of(
                Target.atLeast("rate", "rate ≥ 100", 100),
                Target.atMost("calls", "calls ≤ 1.02", 1.02),
                Target.atLeast("absent", "never measured", 1)), List.of(
                figure("rate", 90, 150, 120), // median 120 although one run missed
                figure("calls", 1.01, 1.5, 1.03)));
        assertThat(checks).extracting(TargetCheck::verdict).containsExactly(
                TargetCheck.Verdict.MET, TargetCheck.Verdict.MISSED, TargetCheck.Verdict.NOT_MEASURED);
        assertThat(checks.get(0).actual()).isEqualTo(120.0);
        assertThat(checks.get(1).actual()).isEqualTo(1.03);
        assertThat(checks.get(2).actual()).isNull();
    }

    @Test
    void boundariesCountAsMet() {
        assertThat(Target.atLeast("x", "x", 30).metBy(30)).isTrue();
        assertThat(Target.atMost("x", "x", 50).metBy(50)).isTrue();
        assertThat(Target.atMost("x", "x", 50).metBy(50.01)).isFalse();
    }
}
