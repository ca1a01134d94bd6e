package dev.x3ups.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {

    @Test
    void replacesTheTargetAndLeavesNoTemporaryFile(@TempDir Path dir) throws Exception {
        Path target = dir.resolve("label.zpl");
        Files.writeString(target, "old");

        AtomicFiles.replace(dir.resolve(".label.zpl.tmp"), target, "^XA^XZ".getBytes(StandardCharsets.US_ASCII));

        assertThat(Files.readString(target)).isEqualTo("^XA^XZ");
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(target);
        }
    }
}
