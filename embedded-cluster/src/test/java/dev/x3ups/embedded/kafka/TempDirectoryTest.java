package dev.x3ups.embedded.kafka;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

class TempDirectoryTest {

    @Test
    void deletesTheWholeTree() throws IOException {
        Path root = TempDirectory.create("x3ups-test-");
        Files.createDirectories(root.resolve("logs/__cluster_metadata-0"));
        Files.writeString(root.resolve("logs/__cluster_metadata-0/00000.log"), "data");

        TempDirectory.delete(root);

        assertThat(root).doesNotExist();
    }

    @Test
    void missingOrNullDirectoryIsFine() {
        assertThatCode(() -> TempDirectory.delete(Path.of("/nonexistent/x3ups"))).doesNotThrowAnyException();
        assertThatCode(() -> TempDirectory.delete(null)).doesNotThrowAnyException();
    }
}
