package dev.x3ups.connect.metrics;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.MetricName;
import org.apache.kafka.common.metrics.MetricValueProvider;
import org.apache.kafka.common.metrics.PluginMetrics;
import org.apache.kafka.common.metrics.Sensor;

/**
 * Connect's per-task plugin metrics (KIP-877, Kafka 4.1+). The only class that names
 * {@link PluginMetrics}: it is loaded only on workers that have it.
 */
final class PluginMetricsTarget implements MetricsTarget {
    private final PluginMetrics plugin;
    private final List<MetricName> metrics = new ArrayList<>();
    private final List<String> sensors = new ArrayList<>();

    PluginMetricsTarget(Object plugin) {
        this.plugin = (PluginMetrics) plugin;
    }

    @Override
    public MetricName metricName(String name, String description, Map<String, String> tags) {
        return plugin.metricName(name, description, new LinkedHashMap<>(tags));
    }

    @Override
    public synchronized void addMetric(MetricName name, MetricValueProvider<?> value) {
        plugin.addMetric(name, value);
        metrics.add(name);
    }

    @Override
    public synchronized Sensor sensor(String name) {
        Sensor sensor = plugin.addSensor(name);
        sensors.add(name);
        return sensor;
    }

    @Override
    public synchronized void close() {
        try {
            metrics.forEach(plugin::removeMetric);
            sensors.forEach(plugin::removeSensor);
        } catch (RuntimeException e) {
            // the worker closed the plugin metrics first, which removed them all
        }
        metrics.clear();
        sensors.clear();
    }
}
