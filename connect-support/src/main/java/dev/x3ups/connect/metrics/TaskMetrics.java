package dev.x3ups.connect.metrics;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.apache.kafka.common.MetricName;
import org.apache.kafka.common.metrics.Gauge;
import org.apache.kafka.common.metrics.PluginMetrics;
import org.apache.kafka.common.metrics.Sensor;
import org.apache.kafka.common.metrics.stats.CumulativeSum;
import org.apache.kafka.common.metrics.stats.Rate;
import org.apache.kafka.connect.sink.SinkTaskContext;
import org.apache.kafka.connect.source.SourceTaskContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A task's metrics on every supported worker. Kafka 4.1+ workers hand tasks plugin metrics
 * (KIP-877); older ones (3.7 to 4.0) do not have {@code pluginMetrics()} at all, and calling it
 * directly dies with {@code NoSuchMethodError}. This class looks the method up reflectively and
 * otherwise registers the same metrics as the task's own JMX MBeans under the same ObjectName,
 * {@code kafka.connect:type=plugins,connector=<name>,task=<id>[,<extra tags>]}.
 * It says once per worker which of the two is in use.
 */
public final class TaskMetrics implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(TaskMetrics.class);
    private static final AtomicBoolean PLUGIN_LOGGED = new AtomicBoolean();
    private static final AtomicBoolean JMX_LOGGED = new AtomicBoolean();
    private static final AtomicInteger UNNAMED_TASKS = new AtomicInteger();
    /** Connect runs a task's start() on the thread it names {@code task-thread-<connector>-<task>}. */
    private static final String TASK_THREAD_PREFIX = "task-thread-";

    private final MetricsTarget target;
    private boolean closed;

    TaskMetrics(MetricsTarget target) {
        this.target = target;
    }

    /** Metrics of a sink task; {@code props} are the task's configuration (for the connector name). */
    public static TaskMetrics forTask(SinkTaskContext context, Map<String, String> props) {
        return open(SinkTaskContext.class, context, props);
    }

    /** Metrics of a source task; {@code props} are the task's configuration (for the connector name). */
    public static TaskMetrics forTask(SourceTaskContext context, Map<String, String> props) {
        return open(SourceTaskContext.class, context, props);
    }

    /** Metrics over plugin metrics the caller already has (tests, or a worker known to be 4.1+). */
    public static TaskMetrics of(PluginMetrics plugin) {
        return new TaskMetrics(new PluginMetricsTarget(plugin));
    }

    private static TaskMetrics open(Class<?> contextType, Object context, Map<String, String> props) {
        Object plugin = pluginMetricsOf(contextType, context);
        if (plugin != null) {
            if (PLUGIN_LOGGED.compareAndSet(false, true)) {
                LOG.info("Task metrics go through the worker's plugin metrics (KIP-877, Kafka 4.1+)");
            }
            return new TaskMetrics(new PluginMetricsTarget(plugin));
        }
        String connector = props.getOrDefault("name", "unnamed");
        String task = taskId(connector, Thread.currentThread().getName());
        if (JMX_LOGGED.compareAndSet(false, true)) {
            LOG.info("This worker has no plugin metrics (Kafka before 4.1): task metrics are registered as the "
                    + "connectors' own JMX MBeans {}:type={},connector=<name>,task=<id>, the names Kafka 4.1+ uses",
                    JmxMetricsTarget.DOMAIN, JmxMetricsTarget.GROUP);
        }
        return new TaskMetrics(new JmxMetricsTarget(connector, task));
    }

    /** The worker's plugin metrics, or null when its Connect API predates them. */
    static Object pluginMetricsOf(Class<?> contextType, Object context) {
        Method method;
        try {
            method = contextType.getMethod("pluginMetrics");
        } catch (NoSuchMethodException e) {
            return null;
        }
        try {
            return method.invoke(context);
        } catch (IllegalAccessException | InvocationTargetException | RuntimeException e) {
            LOG.warn("The worker's plugin metrics are not usable, falling back to JMX: {}", e.toString());
            return null;
        }
    }

    /** The task id Connect put in the thread name; a made-up unique one when the thread is not Connect's. */
    static String taskId(String connector, String threadName) {
        String prefix = TASK_THREAD_PREFIX + connector + "-";
        if (threadName.startsWith(prefix)) {
            String id = threadName.substring(prefix.length());
            if (!id.isEmpty() && id.chars().allMatch(Character::isDigit)) {
                return id;
            }
        }
        return "unknown-" + UNNAMED_TASKS.incrementAndGet();
    }

    /** A value read whenever a reporter asks. */
    public <T> void gauge(String name, String description, Supplier<T> value) {
        gauge(name, description, Map.of(), value);
    }

    /** A value read whenever a reporter asks, with extra tags beside connector and task. */
    public <T> void gauge(String name, String description, Map<String, String> tags, Supplier<T> value) {
        MetricName metricName = target.metricName(name, description, tags);
        target.addMetric(metricName, (Gauge<T>) (config, now) -> value.get());
    }

    /** A counter published as {@code <name>-total} and {@code <name>-rate} (per second); record on the sensor. */
    public Sensor counter(String name, String what) {
        Sensor sensor = target.sensor(name);
        sensor.add(target.metricName(name + "-total", "Total " + what, Map.of()), new CumulativeSum());
        sensor.add(target.metricName(name + "-rate", "Per-second rate of " + what, Map.of()), new Rate());
        return sensor;
    }

    /** Removes the metrics; safe to call more than once (Connect may stop a task twice) and never throws. */
    @Override
    public synchronized void close() {
        if (!closed) {
            closed = true;
            target.close();
        }
    }
}
