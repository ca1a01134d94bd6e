package dev.x3ups.quickstart.plugin;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PluginArchiveTest {

    @TempDir
    Path dir;

    @Test
    void unpacksTheComponentDirectoryIntoThePluginPath() throws IOException {
        Path zip = zip("x3-ups-connect-1.0/manifest.json", "x3-ups-connect-1.0/lib/a.jar");

        Path pluginPath = new PluginArchive(zip).unpackInto(dir.resolve("plugins"));

        assertThat(pluginPath.resolve("x3-ups-connect-1.0/manifest.json")).hasContent("x3-ups-connect-1.0/manifest.json");
        assertThat(pluginPath.resolve("x3-ups-connect-1.0/lib/a.jar")).exists();
    }

    @Test
    void refusesEntriesThatEscapeThePluginPath() throws IOException {
        Path zip = zip("../evil.jar");

        assertThatThrownBy(() -> new PluginArchive(zip).unpackInto(dir.resolve("plugins")))
                .hasMessageContaining("outside the plugin directory");
        assertThat(dir.resolve("evil.jar")).doesNotExist();
    }

    @Test
    void aMissingArchiveSaysHowToBuildIt() {
        assertThatThrownBy(() -> PluginArchive.besideJar(dir))
                .hasMessageContaining(dir.resolve(PluginArchive.DEFAULT_LOCATION).toString())
                .hasMessageContaining("--plugin-archive");
    }

    @Test
    void anEmptyArchiveIsRefused() throws IOException {
        Path zip = zip("x3-ups-connect-1.0/");

        assertThatThrownBy(() -> new PluginArchive(zip).unpackInto(dir.resolve("plugins")))
                .hasMessageContaining("empty");
    }

    private Path zip(String... entries) throws IOException {
        Path zip = dir.resolve("archive.zip");
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream z = new ZipOutputStream(out)) {
            for (String e : entries) {
                z.putNextEntry(new ZipEntry(e));
                z.write(e.getBytes(StandardCharsets.UTF_8));
                z.closeEntry();
            }
        }
        return zip;
    }

    @Test
    void librariesAreTheJarsOfEachComponentsLib() throws IOException {
        Path pluginPath = new PluginArchive(zip("x3-ups-connect-1.0/lib/b.jar", "x3-ups-connect-1.0/lib/a.jar",
                "x3-ups-connect-1.0/lib/notes.txt", "x3-ups-connect-1.0/etc/c.jar")).unpackInto(dir.resolve("plugins"));

        try (URLClassLoader loader = PluginArchive.libraries(pluginPath, getClass().getClassLoader())) {
            assertThat(loader.getURLs()).extracting(u -> Path.of(u.getPath()).getFileName().toString())
                    .containsExactly("a.jar", "b.jar");
            assertThat(loader.getParent()).isSameAs(getClass().getClassLoader());
        }
    }
}
