package dev.x3ups.x3.sink.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import dev.x3ups.connect.metrics.TaskMetrics;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.kafka.common.MetricName;
import org.apache.kafka.common.metrics.Gauge;
import org.apache.kafka.common.metrics.MetricConfig;
import org.apache.kafka.common.metrics.MetricValueProvider;
import org.apache.kafka.common.metrics.PluginMetrics;
import org.apache.kafka.common.metrics.Sensor;
import org.junit.jupiter.api.Test;

class SinkMetricsTest {

    @Test
    void countsAndMeasuresLatency() {
        SinkMetrics metrics = new SinkMetrics();
        metrics.write(Duration.ofMillis(10));
        metrics.write(Duration.ofMillis(30));
        metrics.coalesced(19);
        metrics.unchanged();
        metrics.failure();
        metrics.read();
        metrics.retry();
        assertThat(metrics.writes()).isEqualTo(2);
        assertThat(metrics.writeLatencyAvgMillis()).isEqualTo(20.0);
        assertThat(metrics.writeLatencyMaxMillis()).isEqualTo(30);
        assertThat(metrics.coalesced()).isEqualTo(19);
        assertThat(metrics.skippedUnchanged()).isEqualTo(1);
        assertThat(metrics.failures()).isEqualTo(1);
        assertThat(metrics.reads()).isEqualTo(1);
        assertThat(metrics.retries()).isEqualTo(1);
    }

    @Test
    void publishesGaugesThroughPluginMetrics() {
        Map<String, MetricValueProvider<?>> registered = new HashMap<>();
        PluginMetrics plugin = new PluginMetrics() {
            @Override
            public MetricName metricName(String name, String description, LinkedHashMap<String, String> tags) {
                return new MetricName(name, "plugins", description, tags);
            }

            @Override
            public void addMetric(MetricName name, MetricValueProvider<?> provider) {
                registered.put(name.name(), provider);
            }

            @Override
            public void removeMetric(MetricName name) {
                registered.remove(name.name());
            }

            @Override
            public Sensor addSensor(String name) {
                throw new UnsupportedOperationException();
            }

            @Override
            public void removeSensor(String name) {
            }
        };
        SinkMetrics metrics = new SinkMetrics();
        MetricsBinding.bind(metrics, TaskMetrics.of(plugin));
        metrics.write(Duration.ofMillis(7));
        metrics.coalesced(3);
        assertThat(registered).containsKeys("x3-writes-total", "records-coalesced-total", "writes-skipped-unchanged-total",
                "records-failed-total", "write-latency-avg-ms", "write-latency-max-ms");
        assertThat(((Gauge<?>) registered.get("x3-writes-total")).value(new MetricConfig(), 0)).isEqualTo(1L);
        assertThat(((Gauge<?>) registered.get("records-coalesced-total")).value(new MetricConfig(), 0)).isEqualTo(3L);
    }
}
