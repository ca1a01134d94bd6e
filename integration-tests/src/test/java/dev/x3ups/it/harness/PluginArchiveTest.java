package dev.x3ups.it.harness;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PluginArchiveTest {

    @TempDir
    Path pluginPath;

    @Test
    void readsConnectorsAndProvidersFromServiceFilesOfEveryJar() throws IOException {
        Path lib = Files.createDirectories(pluginPath.resolve("x3-ups-connect-1.0/lib"));
        jar(lib.resolve("source.jar"), Map.of("META-INF/services/" + PluginArchive.SOURCE_CONNECTOR,
                "# our source\ndev.x3ups.x3.source.X3SourceConnector\n\n"));
        jar(lib.resolve("sink.jar"), Map.of("META-INF/services/" + PluginArchive.SINK_CONNECTOR,
                "dev.x3ups.ups.sink.UpsSinkConnector # trailing comment"));
        jar(lib.resolve("secrets.jar"), Map.of("META-INF/services/" + PluginArchive.CONFIG_PROVIDER,
                "dev.x3ups.secrets.EncryptedConfigProvider"));
        jar(lib.resolve("library.jar"), Map.of("README", "no services"));

        PluginArchive archive = new PluginArchive(pluginPath);

        assertThat(archive.pluginDirectory().getFileName().toString()).isEqualTo("x3-ups-connect-1.0");
        assertThat(archive.libJars()).hasSize(4);
        assertThat(archive.connectorClasses()).containsExactly(
                "dev.x3ups.ups.sink.UpsSinkConnector", "dev.x3ups.x3.source.X3SourceConnector");
        assertThat(archive.serviceEntries(PluginArchive.CONFIG_PROVIDER))
                .containsExactly("dev.x3ups.secrets.EncryptedConfigProvider");
    }

    @Test
    void missingArchiveTellsHowToBuildIt() {
        PluginArchive archive = new PluginArchive(pluginPath.resolve("absent"));

        assertThatThrownBy(archive::pluginDirectory).hasMessageContaining("build the distribution module first");
    }

    @Test
    void moreThanOnePluginDirectoryIsAnError() throws IOException {
        Files.createDirectories(pluginPath.resolve("x3-ups-connect-1.0"));
        Files.createDirectories(pluginPath.resolve("x3-ups-connect-0.9"));

        assertThatThrownBy(() -> new PluginArchive(pluginPath).pluginDirectory()).hasMessageContaining("expected one plugin directory");
    }

    private static void jar(Path file, Map<String, String> entries) throws IOException {
        try (OutputStream out = Files.newOutputStream(file); JarOutputStream jar = new JarOutputStream(out)) {
            for (Map.Entry<String, String> entry : entries.entrySet()) {
                jar.putNextEntry(new JarEntry(entry.getKey()));
                jar.write(entry.getValue().getBytes(StandardCharsets.UTF_8));
                jar.closeEntry();
            }
        }
    }
}
