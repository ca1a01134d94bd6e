package dev.x3ups.benchmarks;

import dev.x3ups.benchmarks.cli.BenchmarkOptions;
import dev.x3ups.benchmarks.harness.Platform;
import dev.x3ups.benchmarks.report.BenchmarkReport;
import dev.x3ups.benchmarks.report.Figure;
import dev.x3ups.benchmarks.report.JsonReportWriter;
import dev.x3ups.benchmarks.report.Machine;
import dev.x3ups.benchmarks.report.MarkdownReportWriter;
import dev.x3ups.benchmarks.report.Target;
import dev.x3ups.benchmarks.report.TargetCheck;
import dev.x3ups.benchmarks.scenario.Scenario;
import dev.x3ups.benchmarks.scenario.ScenarioContext;
import dev.x3ups.benchmarks.scenario.Scenarios;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The benchmark command: runs the chosen scenarios on one broker + worker and writes latest.json and latest.md. */
public final class BenchmarkMain {

    private BenchmarkMain() {
    }

    public static void main(String[] args) throws IOException {
        BenchmarkOptions options;
        try {
            options = BenchmarkOptions.parse(args, Path.of(""));
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println(BenchmarkOptions.usage());
            System.exit(2);
            return;
        }
        System.exit(run(options, System.out));
    }

    static int run(BenchmarkOptions options, PrintStream out) throws IOException {
        Instant started = Instant.now();
        double loadAtStart = Machine.loadAverageNow();
        List<Figure> figures = new ArrayList<>();
        List<Target> targets = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        if (options.runs() < 3) {
            notes.add("Only " + options.runs() + " run(s) per figure (--runs): the report wants at least three for a median.");
        }
        out.println("Starting Kafka and Connect (plugins from " + options.pluginPath().toAbsolutePath() + ")");
        try (Platform platform = Platform.start(options.pluginPath())) {
            ScenarioContext context = new ScenarioContext(platform, options, notes, out);
            for (Scenario scenario : Scenarios.all()) {
                if (!options.runs(scenario.id())) {
                    continue;
                }
                targets.addAll(scenario.targets());
                out.println(scenario.title());
                long t0 = System.nanoTime();
                try {
                    figures.addAll(scenario.run(context));
                } catch (Exception | AssertionError e) {
                    // one broken scenario must not cost the others' figures; its targets show "not measured"
                    notes.add(scenario.title() + " failed: " + e);
                    out.println("  FAILED: " + e);
                }
                out.printf("  (%d s)%n", Duration.ofNanos(System.nanoTime() - t0).toSeconds());
            }
        }
        notes.add(String.format(java.util.Locale.ROOT, "System load average %.1f at the start and %.1f at the end of "
                + "the run on %d cores; anything else running on the machine is in these figures.", loadAtStart,
                Machine.loadAverageNow(), Runtime.getRuntime().availableProcessors()));
        BenchmarkReport report = new BenchmarkReport(Machine.current(started, loadAtStart), Duration.between(started, Instant.now()),
                options.describe(), figures, TargetCheck.evaluate(targets, figures), notes);
        Files.createDirectories(options.outputDirectory());
        Path json = options.outputDirectory().resolve("latest.json");
        Path md = options.outputDirectory().resolve("latest.md");
        Files.writeString(json, new JsonReportWriter().write(report), StandardCharsets.UTF_8);
        Files.writeString(md, new MarkdownReportWriter().write(report), StandardCharsets.UTF_8);
        out.println("Wrote " + json + " and " + md);
        report.checks().forEach(c -> out.printf("  %-10s %s%n", c.verdict(), c.target().description()));
        return 0;
    }
}
