package dev.x3ups.x3.sink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.x3ups.x3.sink.target.TrackingTarget;
import dev.x3ups.x3.sink.target.X3Session;
import java.lang.management.ManagementFactory;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import javax.management.ObjectName;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.metrics.PluginMetrics;
import org.apache.kafka.connect.sink.ErrantRecordReporter;
import org.apache.kafka.connect.sink.SinkTaskContext;
import org.junit.jupiter.api.Test;

/** A start() that dies half way with an Error, as on a worker missing some Connect API, releases what it opened. */
class X3SinkTaskStartFailureTest {

    @Test
    void anErrorInStartClosesTheX3SessionAndTheTaskMetrics() throws Exception {
        AtomicInteger closed = new AtomicInteger();
        X3SinkTask task = new X3SinkTask(config -> new X3Session() {
            @Override
            public TrackingTarget target() {
                return null;
            }

            @Override
            public void checkAccess() {
            }

            @Override
            public void close() {
                closed.incrementAndGet();
            }
        });
        task.initialize(new OlderWorkerContext());
        Map<String, String> props = new HashMap<>();
        props.put("name", "x3-sink-start-failure");
        props.put("x3.url", "http://127.0.0.1:9");
        props.put("x3.endpoint", "SEED");
        props.put("x3.target", "API1");
        props.put("x3.username", "u");
        props.put("x3.password", "p");

        assertThatThrownBy(() -> task.start(props)).isInstanceOf(AbstractMethodError.class);

        assertThat(closed).as("X3 session closed by the failed start").hasValue(1);
        Set<ObjectName> left = ManagementFactory.getPlatformMBeanServer()
                .queryNames(new ObjectName("kafka.connect:type=plugins,connector=x3-sink-start-failure,*"), null);
        assertThat(left).as("task metrics MBeans left behind").isEmpty();
        task.stop(); // Connect may still call stop(): nothing left to release, nothing thrown
        assertThat(closed).hasValue(1);
    }

    /** A context without plugin metrics whose reporter lookup fails with an Error the task does not expect. */
    private static final class OlderWorkerContext implements SinkTaskContext {
        @Override
        public ErrantRecordReporter errantRecordReporter() {
            throw new AbstractMethodError("SinkTaskContext.errantRecordReporter()");
        }

        @Override
        public Map<String, String> configs() {
            return Map.of();
        }

        @Override
        public void offset(Map<TopicPartition, Long> offsets) {
        }

        @Override
        public void offset(TopicPartition tp, long offset) {
        }

        @Override
        public void timeout(long timeoutMs) {
        }

        @Override
        public Set<TopicPartition> assignment() {
            return Set.of();
        }

        @Override
        public void pause(TopicPartition... partitions) {
        }

        @Override
        public void resume(TopicPartition... partitions) {
        }

        @Override
        public void requestCommit() {
        }

        @Override
        public PluginMetrics pluginMetrics() {
            return null; // as good as absent: the task falls back to its own MBeans
        }
    }
}
