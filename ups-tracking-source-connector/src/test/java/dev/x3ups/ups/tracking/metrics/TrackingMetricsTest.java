package dev.x3ups.ups.tracking.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import dev.x3ups.connect.metrics.TaskMetrics;
import dev.x3ups.records.TrackingSource;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.kafka.common.MetricName;
import org.apache.kafka.common.metrics.Gauge;
import org.apache.kafka.common.metrics.MetricValueProvider;
import org.apache.kafka.common.metrics.PluginMetrics;
import org.apache.kafka.common.metrics.Sensor;
import org.junit.jupiter.api.Test;

class TrackingMetricsTest {

    @Test
    void countsPerSourceAndPublishesGauges() {
        TrackingMetrics metrics = new TrackingMetrics();
        metrics.received(TrackingSource.WEBHOOK);
        metrics.received(TrackingSource.WEBHOOK);
        metrics.received(TrackingSource.QUANTUM_VIEW);
        metrics.duplicate();
        metrics.authFailure();
        metrics.staleShipments(7);

        Map<String, MetricValueProvider<?>> published = new LinkedHashMap<>();
        MetricsBinding.bind(metrics, () -> 3, TaskMetrics.of(new PluginMetrics() {
            @Override
            public MetricName metricName(String name, String description, LinkedHashMap<String, String> tags) {
                return new MetricName(name, "plugin", description, tags);
            }

            @Override
            public void addMetric(MetricName name, MetricValueProvider<?> provider) {
                published.put(name.name(), provider);
            }

            @Override
            public void removeMetric(MetricName name) {
                published.remove(name.name());
            }

            @Override
            public Sensor addSensor(String name) {
                throw new UnsupportedOperationException();
            }

            @Override
            public void removeSensor(String name) {
            }
        }));

        assertThat(value(published, "events-received-webhook-total")).isEqualTo(2L);
        assertThat(value(published, "events-received-quantum-view-total")).isEqualTo(1L);
        assertThat(value(published, "duplicates-dropped-total")).isEqualTo(1L);
        assertThat(value(published, "auth-failures-total")).isEqualTo(1L);
        assertThat(value(published, "queue-depth")).isEqualTo(3);
        assertThat(value(published, "stale-shipments")).isEqualTo(7L);
        assertThat(published).containsKeys("ack-latency-p99-ms", "reconciliations-total", "track-calls-total");
    }

    private static Object value(Map<String, MetricValueProvider<?>> published, String name) {
        return ((Gauge<?>) published.get(name)).value(null, 0);
    }
}
