package dev.x3ups.compat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The negative control: the same check against a plugin path whose archive lacks the X3 sink's jar must
 * fail, and say which connector the worker refused.
 */
class MissingConnectorIT {

    @Test
    void checkFailsWhenAConnectorIsMissingFromThePluginPath() throws IOException {
        KafkaRuntime kafka = KafkaRuntime.of(KafkaRuntime.all().get(0).version());
        Path pluginPath = copyWithout(PipelineCheck.pluginPath(), kafka.work().resolve("plugin-without-x3-sink"),
                "sage-x3-sink-connector-");
        try (Simulators simulators = Simulators.start();
             ForkedBroker broker = ForkedBroker.start(kafka);
             ForkedConnectWorker worker = ForkedConnectWorker.start(kafka, broker.bootstrapServers(), pluginPath,
                     "compat-missing")) {
            PipelineCheck check = new PipelineCheck(kafka, worker, broker.bootstrapServers(), simulators);
            assertThatThrownBy(() -> check.run(() -> { }))
                    .isInstanceOf(AssertionError.class)
                    .hasMessageContaining("refused connector " + CompatPipeline.X3_SINK)
                    .hasMessageContaining("dev.x3ups.x3.sink.X3SinkConnector");
        }
    }

    /** A copy of the exploded archive(s) under {@code from} without the jars whose names start with {@code prefix}. */
    private static Path copyWithout(Path from, Path to, String prefix) throws IOException {
        if (Files.exists(to)) {
            try (Stream<Path> old = Files.walk(to)) {
                old.sorted((a, b) -> b.compareTo(a)).forEach(p -> p.toFile().delete());
            }
        }
        List<Path> files;
        try (Stream<Path> all = Files.walk(from)) {
            files = all.toList();
        }
        int dropped = 0;
        for (Path source : files) {
            Path target = to.resolve(from.relativize(source).toString());
            if (Files.isDirectory(source)) {
                Files.createDirectories(target);
            } else if (source.getFileName().toString().startsWith(prefix)) {
                dropped++;
            } else {
                try {
                    Files.copy(source, target);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        assertThat(dropped).as("jars %s* dropped from %s", prefix, from).isEqualTo(1);
        return to;
    }
}
