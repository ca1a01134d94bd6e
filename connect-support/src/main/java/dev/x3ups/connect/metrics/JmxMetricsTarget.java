package dev.x3ups.connect.metrics;

import java.util.List;
import java.util.Map;
import org.apache.kafka.common.MetricName;
import org.apache.kafka.common.metrics.JmxReporter;
import org.apache.kafka.common.metrics.KafkaMetricsContext;
import org.apache.kafka.common.metrics.MetricConfig;
import org.apache.kafka.common.metrics.MetricValueProvider;
import org.apache.kafka.common.metrics.Metrics;
import org.apache.kafka.common.metrics.MetricsReporter;
import org.apache.kafka.common.metrics.Sensor;
import org.apache.kafka.common.utils.Time;

/**
 * The task's own JMX MBeans, for workers without plugin metrics (before Kafka 4.1). Names copy what
 * Connect gives plugin metrics: domain {@code kafka.connect}, group {@code plugins}, tags
 * {@code connector} and {@code task}, so dashboards read the same ObjectNames on every worker.
 * Only kafka-clients API present since long before Kafka 3.7 is used here.
 */
final class JmxMetricsTarget implements MetricsTarget {
    static final String DOMAIN = "kafka.connect";
    static final String GROUP = "plugins";

    private final Metrics metrics;

    JmxMetricsTarget(String connector, String task) {
        // The tags go into every name, the registry's own count MBean too, so tasks never collide.
        MetricConfig config = new MetricConfig().tags(Map.of("connector", connector, "task", task));
        metrics = new Metrics(config, List.<MetricsReporter>of(new JmxReporter()), Time.SYSTEM, new KafkaMetricsContext(DOMAIN));
    }

    @Override
    public MetricName metricName(String name, String description, Map<String, String> tags) {
        return metrics.metricName(name, GROUP, description, tags);
    }

    @Override
    public void addMetric(MetricName name, MetricValueProvider<?> value) {
        metrics.addMetric(name, value);
    }

    @Override
    public Sensor sensor(String name) {
        return metrics.sensor(name);
    }

    @Override
    public void close() {
        try {
            metrics.close(); // unregisters the MBeans
        } catch (RuntimeException e) {
            // nothing left to release
        }
    }
}
