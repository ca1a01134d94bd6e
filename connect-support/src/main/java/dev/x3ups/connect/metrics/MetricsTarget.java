package dev.x3ups.connect.metrics;

import java.util.Map;
import org.apache.kafka.common.MetricName;
import org.apache.kafka.common.metrics.MetricValueProvider;
import org.apache.kafka.common.metrics.Sensor;

/** Where a task's metrics are registered: the worker's plugin metrics, or the task's own JMX MBeans. */
interface MetricsTarget extends AutoCloseable {

    MetricName metricName(String name, String description, Map<String, String> tags);

    void addMetric(MetricName name, MetricValueProvider<?> value);

    Sensor sensor(String name);

    /** Removes everything this target registered; must not throw. */
    @Override
    void close();
}
