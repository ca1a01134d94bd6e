package dev.x3ups.quickstart.runtime;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;

import static org.assertj.core.api.Assertions.assertThat;

class WorkspaceTest {

    @Test
    void closeRemovesTheWholeTree() throws IOException {
        Workspace workspace = Workspace.create();
        Files.createDirectories(workspace.pluginPath().resolve("x3-ups-connect/lib"));
        Files.writeString(workspace.pluginPath().resolve("x3-ups-connect/lib/a.jar"), "jar");
        Files.writeString(workspace.logFile(), "log");

        workspace.close();
        workspace.close();

        assertThat(workspace.root()).doesNotExist();
    }

    @Test
    void logAndPluginsLiveInsideIt() {
        Workspace workspace = Workspace.create();
        try {
            assertThat(workspace.logFile()).startsWithRaw(workspace.root());
            assertThat(workspace.pluginPath()).startsWithRaw(workspace.root());
            assertThat(workspace.root().getFileName().toString()).startsWith("x3ups-quickstart-");
        } finally {
            workspace.close();
        }
    }

    @Test
    void copiesAFileInsideForItsOwnerOnly() throws IOException {
        Workspace workspace = Workspace.create();
        Path source = Files.createTempFile("keys", ".txt");
        try {
            Files.writeString(source, "k=v\n");

            Path copy = workspace.ownerOnlyCopy(source);

            assertThat(copy).startsWithRaw(workspace.root()).hasContent("k=v");
            if (Files.getFileStore(copy).supportsFileAttributeView(PosixFileAttributeView.class)) {
                assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(copy))).isEqualTo("rw-------");
            }
        } finally {
            Files.deleteIfExists(source);
            workspace.close();
        }
    }
}
