package dev.x3ups.x3.source.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import dev.x3ups.connect.metrics.TaskMetrics;
import java.util.Map;
import org.apache.kafka.common.MetricName;
import org.apache.kafka.common.metrics.Metrics;
import org.apache.kafka.common.metrics.internals.PluginMetricsImpl;
import org.junit.jupiter.api.Test;

class SourceMetricsTest {

    private static double value(Metrics metrics, String name) {
        return metrics.metrics().entrySet().stream().filter(e -> e.getKey().name().equals(name))
                .mapToDouble(e -> ((Number) e.getValue().metricValue()).doubleValue()).findFirst().orElseThrow();
    }

    @Test
    void countsOrdersPagesErrorsAndReportsLagPerEntity() {
        try (Metrics metrics = new Metrics()) {
            SourceMetrics source = new SourceMetrics(TaskMetrics.of(new PluginMetricsImpl(metrics, Map.of("connector", "x3"))));
            source.ordersPolled(3);
            source.ordersPolled(0);
            source.pageRead();
            source.pageRead();
            source.error();
            source.lag("SALES", () -> 1234L);

            assertThat(value(metrics, "orders-polled-total")).isEqualTo(3.0);
            assertThat(value(metrics, "pages-read-total")).isEqualTo(2.0);
            assertThat(value(metrics, "errors-total")).isEqualTo(1.0);
            assertThat(value(metrics, "lag-ms")).isEqualTo(1234.0);
            MetricName lag = metrics.metrics().keySet().stream().filter(n -> n.name().equals("lag-ms")).findFirst()
                    .orElseThrow();
            assertThat(lag.tags()).containsEntry("entity", "SALES").containsEntry("connector", "x3");

            source.close();
            assertThat(metrics.metrics().keySet()).noneMatch(n -> n.name().equals("lag-ms")
                    || n.name().equals("orders-polled-total"));
        }
    }
}
