package dev.x3ups.benchmarks.harness;

import static org.assertj.core.api.Assertions.assertThat;

import dev.x3ups.embedded.connect.ForkedWorkerMain;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ForkedWorkerJvmTest {

    @Test
    void theChildRunsTheWorkerMainWithItsHeapAndJmxOnLoopbackOnly() {
        List<String> command = ForkedWorkerJvm.command("4g", 40123, "a.jar:b.jar", Path.of("/w/worker.properties"),
                Path.of("/w/rest-url"));
        assertThat(command).contains("-Xmx4g", "-XX:+UseG1GC", "-Dcom.sun.management.jmxremote.port=40123",
                "-Dcom.sun.management.jmxremote.rmi.port=40123", "-Dcom.sun.management.jmxremote.host=127.0.0.1",
                "-Dcom.sun.management.jmxremote.authenticate=false");
        assertThat(command.subList(command.size() - 5, command.size())).containsExactly("-cp", "a.jar:b.jar",
                ForkedWorkerMain.class.getName(), "/w/worker.properties", "/w/rest-url");
        assertThat(ForkedWorkerJvm.jmxUrl(40123)).isEqualTo("service:jmx:rmi:///jndi/rmi://127.0.0.1:40123/jmxrmi");
    }

    @Test
    void taskMetricsAreReadUnderThePluginMetricsName() {
        assertThat(ForkedWorkerJvm.taskMetrics("bench-ledger-live-only-7", 0).toString())
                .isEqualTo("kafka.connect:type=plugins,connector=bench-ledger-live-only-7,task=0");
    }

    @Test
    void eachWorkerHasAGroupAndInternalTopicsOfItsOwn() {
        Map<String, String> props = ForkedWorkerJvm.workerProperties("127.0.0.1:9092", "g1", Path.of("plugins"));
        assertThat(props).containsEntry("group.id", "g1").containsEntry("config.storage.topic", "g1-configs")
                .containsEntry("offset.storage.topic", "g1-offsets").containsEntry("status.storage.topic", "g1-status")
                .containsEntry("plugin.path", Path.of("plugins").toAbsolutePath().toString())
                .containsEntry("listeners", "http://127.0.0.1:0");
    }
}
