package dev.x3ups.benchmarks.harness;

import static org.assertj.core.api.Assertions.assertThat;

import dev.x3ups.benchmarks.cli.BenchmarkOptions;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ShippedConfigsTest {

    private final ShippedConfigs shipped = new ShippedConfigs(BenchmarkOptions.repositoryRoot(Path.of(""))
            .resolve("config"));

    @Test
    void theSourceKeepsItsShippedRepresentationsAndTalksToTheSimulator() {
        Map<String, String> source = shipped.x3Source("http://127.0.0.1:1234", "bench.orders");
        assertThat(source).containsEntry("x3.url", "http://127.0.0.1:1234").containsEntry("topic", "bench.orders")
                .containsEntry("x3.sales.representation", "SORDER").containsEntry("x3.purchase.representation", "PORDER")
                .containsEntry("x3.auth.mode", "BASIC").containsEntry("x3.password", ConnectorConfigs.X3_PASSWORD);
        assertThat(source.values()).noneMatch(v -> v.contains("${encrypted:"));
    }

    @Test
    void theSinkReadsTheRunsTopicsAndKeepsItsShippedTarget() {
        Map<String, String> sink = shipped.x3Sink("http://127.0.0.1:1234", "l", "t", "p", "dlq");
        assertThat(sink).containsEntry("topics", "l,t,p").containsEntry("x3.shipments.topic", "l")
                .containsEntry("x3.tracking.topic", "t").containsEntry("x3.pickups.topic", "p")
                .containsEntry("x3.target", "API1").containsEntry("x3.target.class", "YSHIPTRK");
        assertThat(sink.get("errors.deadletterqueue.topic.name")).isIn(null, "dlq");
        assertThat(sink.values()).noneMatch(v -> v.contains("${encrypted:"));
    }
}
