package dev.x3ups.benchmarks.report;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Everything one benchmark run found.
 *
 * @param settings the knobs the run used (scale, runs, sizes), so a reader knows what was run
 * @param notes    honest remarks: reduced sizes, scenarios that failed and why
 */
public record BenchmarkReport(Machine machine, Duration elapsed, Map<String, String> settings, List<Figure> figures,
                              List<TargetCheck> checks, List<String> notes) {

    public BenchmarkReport {
        settings = Map.copyOf(settings);
        figures = List.copyOf(figures);
        checks = List.copyOf(checks);
        notes = List.copyOf(notes);
    }
}
