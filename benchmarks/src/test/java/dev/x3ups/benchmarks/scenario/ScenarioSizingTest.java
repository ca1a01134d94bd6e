package dev.x3ups.benchmarks.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ScenarioSizingTest {

    @Test
    void oneAtATimeBacklogsTakeAFewSecondsAtEachLatency() {
        assertThat(UpsSinkThroughput.baselineOrders(300, 1.0)).isEqualTo(18);   // ~3/s for ~6 s
        assertThat(UpsSinkThroughput.baselineOrders(50, 1.0)).isEqualTo(96);    // ~16/s
        assertThat(UpsSinkThroughput.baselineOrders(0, 1.0)).isEqualTo(360);
        assertThat(UpsSinkThroughput.baselineOrders(300, 0.1)).isEqualTo(12);  // never fewer than 12
    }

    @Test
    void everyScenarioHasAUniqueNameAndTheTargetsOfIssue9AreAllHeld() {
        List<Scenario> all = Scenarios.all();
        assertThat(all).extracting(Scenario::id).doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(dev.x3ups.benchmarks.cli.BenchmarkOptions.ALL_SCENARIOS);
        assertThat(all.stream().flatMap(s -> s.targets().stream()).map(t -> t.description()).toList())
                .anyMatch(d -> d.contains("300 ms")).anyMatch(d -> d.contains("one-at-a-time"))
                .anyMatch(d -> d.contains("webhook events/s")).anyMatch(d -> d.contains("p99"))
                .anyMatch(d -> d.contains("UPS calls per order")).anyMatch(d -> d.contains("X3 reads per order"))
                .anyMatch(d -> d.contains("per-order CPU"));
    }

    @Test
    void theLabelsRatioIsHeldAtNinetyPercentOnTheFigureTheScenarioRecords() {
        assertThat(new UpsSinkThroughput().targets())
                .anyMatch(t -> t.figureId().equals(UpsSinkThroughput.labelsRatioId()) && t.threshold() == 0.90
                        && t.metBy(0.90) && !t.metBy(0.89));
        assertThat(UpsSinkThroughput.LATENCIES_MS).contains(UpsSinkThroughput.LABELS_LATENCY_MS);
    }
}
