package dev.x3ups.benchmarks.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.x3ups.benchmarks.stats.Spread;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReportWritersTest {

    private final BenchmarkReport report = new BenchmarkReport(
            new Machine(2, "OpenJDK 17", "Linux", 1L << 30, 1.5, Instant.parse("2026-11-27T15:00:00Z")),
            Duration.ofSeconds(754), Map.of("runs", "3"),
            List.of(new Figure("ups.rate", "1. UPS sink", "shipments/s at 300 ms", "shipments/s",
                    Spread.of(List.of(95.0, 120.0, 101.0)), "1000 orders | 1 task")),
            List.of(new TargetCheck(Target.atLeast("ups.rate", "shipments/s at 300 ms", 100),
                            TargetCheck.Verdict.MET, 101.0),
                    new TargetCheck(Target.atMost("webhook.p99", "p99 ack", 50), TargetCheck.Verdict.NOT_MEASURED,
                            null)),
            List.of("webhook scenario failed: boom"));

    @Test
    void jsonCarriesMachineFiguresWithRunsAndVerdicts() throws Exception {
        JsonNode json = new ObjectMapper().readTree(new JsonReportWriter().write(report));
        assertThat(json.path("machine").path("cores").asInt()).isEqualTo(2);
        assertThat(json.path("machine").path("jvm").asText()).isEqualTo("OpenJDK 17");
        assertThat(json.path("machine").path("date").asText()).isEqualTo("2026-11-27T15:00:00Z");
        JsonNode figure = json.path("figures").get(0);
        assertThat(figure.path("median").asDouble()).isEqualTo(101.0);
        assertThat(figure.path("min").asDouble()).isEqualTo(95.0);
        assertThat(figure.path("max").asDouble()).isEqualTo(120.0);
        assertThat(figure.path("runs")).hasSize(3);
        assertThat(json.path("targets").get(0).path("verdict").asText()).isEqualTo("MET");
        assertThat(json.path("targets").get(1).path("verdict").asText()).isEqualTo("NOT_MEASURED");
        assertThat(json.path("targets").get(1).path("actual").isNull()).isTrue();
        assertThat(json.path("notes").get(0).asText()).contains("failed");
    }

    @Test
    void markdownShowsEveryTargetVerdictAndEachFigureWithMinAndMax() {
        String md = new MarkdownReportWriter().write(report);
        assertThat(md).contains("| shipments/s at 300 ms (≥ 100) | 101 | met |");
        assertThat(md).contains("| p99 ack (≤ 50) | — | **not measured** |");
        assertThat(md).contains("| shipments/s at 300 ms | 101 | 95.0 | 120 | shipments/s | 3 | 1000 orders / 1 task |");
        assertThat(md).contains("2 cores").contains("took 754 s").contains("webhook scenario failed");
    }

    @Test
    void numbersKeepThreeSignificantDigitsWithoutExponents() {
        assertThat(MarkdownReportWriter.number(0.000123456)).isEqualTo("0.000123");
        assertThat(MarkdownReportWriter.number(1.23456)).isEqualTo("1.23");
        assertThat(MarkdownReportWriter.number(12.345)).isEqualTo("12.3");
        assertThat(MarkdownReportWriter.number(12345.6)).isEqualTo("12346");
        assertThat(MarkdownReportWriter.number(0)).isEqualTo("0");
    }
}
