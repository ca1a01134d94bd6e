package dev.x3ups.x3.source.metrics;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.function.LongSupplier;
import org.apache.kafka.common.MetricName;
import org.apache.kafka.common.metrics.Gauge;
import org.apache.kafka.common.metrics.PluginMetrics;
import org.apache.kafka.common.metrics.Sensor;
import org.apache.kafka.common.metrics.stats.CumulativeSum;
import org.apache.kafka.common.metrics.stats.Rate;

/**
 * Task metrics published through Connect's plugin metrics (KIP-877): they appear in the worker's
 * JMX and metrics reporters tagged with connector and task. Without plugin metrics (an older
 * worker) every call is a no-op.
 */
public final class SourceMetrics implements AutoCloseable {

    private final PluginMetrics metrics;
    private final Sensor orders;
    private final Sensor pages;
    private final Sensor errors;
    private final List<MetricName> gauges = new ArrayList<>();
    private boolean closed;

    public SourceMetrics(PluginMetrics metrics) {
        this.metrics = metrics;
        if (metrics == null) {
            orders = null;
            pages = null;
            errors = null;
            return;
        }
        orders = sensor("orders-polled", "orders read from X3 and handed to Connect");
        pages = sensor("pages-read", "pages of changed orders read from X3");
        errors = sensor("errors", "failed X3 calls, transient or not");
    }

    private Sensor sensor(String name, String what) {
        Sensor sensor = metrics.addSensor(name);
        sensor.add(metrics.metricName(name + "-total", "Total " + what, new LinkedHashMap<>()), new CumulativeSum());
        sensor.add(metrics.metricName(name + "-rate", "Per-second rate of " + what, new LinkedHashMap<>()), new Rate());
        return sensor;
    }

    public void ordersPolled(int count) {
        if (orders != null && count > 0) {
            orders.record(count);
        }
    }

    public void pageRead() {
        if (pages != null) {
            pages.record();
        }
    }

    public void error() {
        if (errors != null) {
            errors.record();
        }
    }

    /** Registers the lag gauge of one entity: milliseconds behind the X3 clock. */
    public void lag(String entity, LongSupplier lagMillis) {
        if (metrics == null) {
            return;
        }
        LinkedHashMap<String, String> tags = new LinkedHashMap<>();
        tags.put("entity", entity);
        MetricName name = metrics.metricName("lag-ms",
                "Milliseconds behind the X3 clock: changes older than this have been read", tags);
        metrics.addMetric(name, (Gauge<Long>) (config, now) -> lagMillis.getAsLong());
        gauges.add(name);
    }

    /** Removes the metrics; safe to call more than once (Connect may stop a task twice). */
    @Override
    public synchronized void close() {
        if (metrics == null || closed) {
            return;
        }
        closed = true;
        gauges.forEach(metrics::removeMetric);
        gauges.clear();
        metrics.removeSensor("orders-polled");
        metrics.removeSensor("pages-read");
        metrics.removeSensor("errors");
    }
}
