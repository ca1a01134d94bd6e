package dev.x3ups.benchmarks.scenario;

import dev.x3ups.benchmarks.cli.BenchmarkOptions;
import dev.x3ups.benchmarks.harness.ConnectorRunner;
import dev.x3ups.benchmarks.harness.Platform;
import java.io.PrintStream;
import java.util.List;

/** What a scenario runs on, and where it leaves remarks for the report. */
public record ScenarioContext(Platform platform, BenchmarkOptions options, List<String> notes, PrintStream out) {

    public ConnectorRunner connectors() {
        return new ConnectorRunner(platform.rest());
    }

    public void note(String note) {
        synchronized (notes) {
            notes.add(note);
        }
    }

    public void progress(String line) {
        out.println("  " + line);
        out.flush();
    }
}
