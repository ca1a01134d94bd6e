package dev.x3ups.embedded.kafka;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EmbeddedKafkaTest {

    @TempDir
    Path parent;

    @Test
    void aTakenPortGivesAClearMessageAndLeavesNoDirectoryBehind() throws IOException {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            EmbeddedKafka kafka = EmbeddedKafka.builder().port(taken.getLocalPort()).parentDirectory(parent).build();

            assertThatThrownBy(kafka::start).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("port " + taken.getLocalPort())
                    .hasMessageContaining("in use");
        }
        assertThat(entries(parent)).isZero();
    }

    @Test
    void unstartedBrokerHasNoAddress() {
        assertThatThrownBy(() -> EmbeddedKafka.create().bootstrapServers()).hasMessageContaining("not started");
    }

    @Test
    void portMustBeAPort() {
        assertThatThrownBy(() -> EmbeddedKafka.builder().port(70000)).isInstanceOf(IllegalArgumentException.class);
    }

    private static long entries(Path dir) throws IOException {
        try (Stream<Path> children = Files.list(dir)) {
            return children.count();
        }
    }
}
