package dev.x3ups.connect.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.util.Map;
import javax.management.MBeanServer;
import javax.management.ObjectName;
import org.apache.kafka.common.metrics.Metrics;
import org.apache.kafka.common.metrics.Sensor;
import org.apache.kafka.common.metrics.internals.PluginMetricsImpl;
import org.junit.jupiter.api.Test;

class TaskMetricsTest {
    private final MBeanServer jmx = ManagementFactory.getPlatformMBeanServer();

    @Test
    void withoutPluginMetricsRegistersOwnMBeansUnderTheNamesKafka41Uses() throws Exception {
        ObjectName task = new ObjectName("kafka.connect:type=plugins,connector=orders,task=3");
        ObjectName lag = new ObjectName("kafka.connect:type=plugins,connector=orders,task=3,entity=SALES");
        TaskMetrics metrics = new TaskMetrics(new JmxMetricsTarget("orders", "3"));
        metrics.gauge("queue-depth", "waiting", () -> 7);
        metrics.gauge("lag-ms", "behind", Map.of("entity", "SALES"), () -> 1234L);
        Sensor orders = metrics.counter("orders-polled", "orders");
        orders.record(5);

        assertThat(jmx.getAttribute(task, "queue-depth")).isEqualTo(7);
        assertThat(jmx.getAttribute(task, "orders-polled-total")).isEqualTo(5.0);
        assertThat(jmx.getAttribute(lag, "lag-ms")).isEqualTo(1234L);

        metrics.close();
        metrics.close();
        assertThat(jmx.isRegistered(task)).isFalse();
        assertThat(jmx.isRegistered(lag)).isFalse();
    }

    @Test
    void withPluginMetricsPublishesThroughThemAndRemovesThemOnClose() {
        try (Metrics worker = new Metrics()) {
            TaskMetrics metrics = TaskMetrics.of(new PluginMetricsImpl(worker, Map.of("connector", "c", "task", "0")));
            metrics.gauge("queue-depth", "waiting", () -> 7);
            metrics.counter("errors", "errors").record();
            assertThat(worker.metrics().keySet()).anyMatch(n -> n.name().equals("queue-depth")
                    && n.group().equals("plugins") && n.tags().equals(Map.of("connector", "c", "task", "0")));
            assertThat(worker.metrics().keySet()).anyMatch(n -> n.name().equals("errors-total"));

            metrics.close();
            assertThat(worker.metrics().keySet()).noneMatch(n -> n.group().equals("plugins"));
        }
    }

    @Test
    void contextWithoutPluginMetricsMethodMeansAnOlderWorker() {
        assertThat(TaskMetrics.pluginMetricsOf(Runnable.class, (Runnable) () -> { })).isNull();
    }

    @Test
    void taskIdComesFromConnectsTaskThreadName() {
        assertThat(TaskMetrics.taskId("ups-sink", "task-thread-ups-sink-2")).isEqualTo("2");
        assertThat(TaskMetrics.taskId("ups-sink", "task-thread-ups-sink-x3-0")).startsWith("unknown-");
        assertThat(TaskMetrics.taskId("ups-sink", "main")).startsWith("unknown-");
    }
}
