package dev.x3ups.benchmarks.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchmarkOptionsTest {

    @TempDir
    Path checkout;

    @Test
    void defaultsAreTheIssuesRunWithPathsFromTheCheckoutRoot() throws Exception {
        Files.createDirectories(checkout.resolve("distribution"));
        Files.createDirectories(checkout.resolve("benchmarks/src"));
        BenchmarkOptions o = BenchmarkOptions.parse(new String[0], checkout.resolve("benchmarks/src"));
        assertThat(o.runs()).isEqualTo(3);
        assertThat(o.scale()).isEqualTo(1.0);
        assertThat(o.scalingSizes()).containsExactly(1_000, 10_000, 100_000);
        assertThat(o.scenarios()).containsExactlyInAnyOrderElementsOf(BenchmarkOptions.ALL_SCENARIOS);
        assertThat(o.pluginPath()).isEqualTo(checkout.toAbsolutePath().resolve("distribution/target/plugin"));
        assertThat(o.outputDirectory()).isEqualTo(checkout.toAbsolutePath().resolve("benchmarks/results"));
    }

    @Test
    void flagsOverrideTheDefaults() {
        BenchmarkOptions o = BenchmarkOptions.parse(new String[] {"--runs", "5", "--scale", "0.5", "--quick",
                "--only", "source, webhook", "--ups-in-flight", "128", "--plugin-path", "/p", "--out", "/o"}, checkout);
        assertThat(o.runs()).isEqualTo(5);
        assertThat(o.scaled(2_000, 200)).isEqualTo(1_000);
        assertThat(o.scaled(100, 200)).isEqualTo(200);
        assertThat(o.scalingSizes()).containsExactly(1_000, 3_000, 10_000);
        assertThat(o.runs("source")).isTrue();
        assertThat(o.runs("scaling")).isFalse();
        assertThat(o.upsInFlight()).isEqualTo(128);
        assertThat(o.pluginPath()).isEqualTo(Path.of("/p"));
        assertThat(o.describe()).containsEntry("scenarios", List.of("webhook", "source").toString());
        assertThat(BenchmarkOptions.parse(new String[] {"--scaling-sizes", "10,20"}, checkout).scalingSizes())
                .containsExactly(10, 20);
    }

    @Test
    void unknownOptionsScenariosAndBadValuesAreRefused() {
        assertThatThrownBy(() -> BenchmarkOptions.parse(new String[] {"--fast"}, checkout))
                .hasMessageContaining("--fast").hasMessageContaining("usage");
        assertThatThrownBy(() -> BenchmarkOptions.parse(new String[] {"--only", "latency"}, checkout))
                .hasMessageContaining("latency");
        assertThatThrownBy(() -> BenchmarkOptions.parse(new String[] {"--runs"}, checkout))
                .hasMessageContaining("needs a value");
        assertThatThrownBy(() -> BenchmarkOptions.parse(new String[] {"--runs", "0"}, checkout))
                .hasMessageContaining("at least 1");
    }
}
