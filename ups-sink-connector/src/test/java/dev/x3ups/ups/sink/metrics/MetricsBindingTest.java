package dev.x3ups.ups.sink.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import dev.x3ups.connect.metrics.TaskMetrics;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.kafka.common.MetricName;
import org.apache.kafka.common.metrics.Gauge;
import org.apache.kafka.common.metrics.MetricValueProvider;
import org.apache.kafka.common.metrics.PluginMetrics;
import org.apache.kafka.common.metrics.Sensor;
import org.junit.jupiter.api.Test;

class MetricsBindingTest {
    private final Map<String, MetricValueProvider<?>> metrics = new HashMap<>();

    private final PluginMetrics plugin = new PluginMetrics() {
        @Override
        public MetricName metricName(String name, String description, LinkedHashMap<String, String> tags) {
            return new MetricName(name, "plugins", description, tags);
        }

        @Override
        public void addMetric(MetricName name, MetricValueProvider<?> provider) {
            metrics.put(name.name(), provider);
        }

        @Override
        public void removeMetric(MetricName name) {
            metrics.remove(name.name());
        }

        @Override
        public Sensor addSensor(String name) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void removeSensor(String name) {
        }
    };

    private Object value(String name) {
        return ((Gauge<?>) metrics.get(name)).value(null, 0);
    }

    @Test
    void publishesTheCountersAsGauges() {
        SinkMetrics m = new SinkMetrics();
        MetricsBinding.bind(m, () -> new long[] {250, 12}, () -> 3L, TaskMetrics.of(plugin));
        m.shipped();
        m.voidedDuplicate();
        m.retiredOrderSeen();
        m.retiredOrderChanged();
        m.deliveryRecorded();

        assertThat(value("shipments-created-total")).isEqualTo(1L);
        assertThat(value("duplicates-voided-total")).isEqualTo(1L);
        assertThat(value("retired-orders-seen-total")).isEqualTo(1L);
        assertThat(value("retired-orders-changed-total")).isEqualTo(1L);
        assertThat(value("deliveries-recorded-total")).isEqualTo(1L);
        assertThat(value("subscriptions-active")).isEqualTo(250L);
        assertThat(value("subscriptions-expiring")).isEqualTo(12L);
        assertThat(value("ups-token-requests-total")).isEqualTo(3L);
        assertThat(metrics).containsKeys("orders-in-flight", "ship-latency-avg-ms", "orders-failed-total",
                "ledger-entries", "ledger-catch-up-time-ms", "orders-retired-total");
    }
}
