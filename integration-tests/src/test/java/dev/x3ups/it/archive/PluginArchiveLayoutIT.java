package dev.x3ups.it.archive;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.x3ups.it.harness.PluginArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import static org.assertj.core.api.Assertions.assertThat;

/** The archive users install: Confluent Hub layout, our jars, nothing the worker already provides. */
class PluginArchiveLayoutIT {

    private static final List<String> OUR_JARS = List.of(
            "sage-x3-source-connector", "ups-sink-connector", "ups-tracking-source-connector",
            "sage-x3-sink-connector", "records", "client-support", "sage-x3-client", "ups-client",
            "encrypted-config-provider");
    /** Connect puts these on every plugin's parent classloader; a copy in lib/ breaks type identity. */
    private static final List<String> WORKER_PROVIDED = List.of(
            "connect-api", "connect-runtime", "connect-json", "connect-transforms", "kafka-clients",
            "slf4j-api", "slf4j-simple", "slf4j-reload4j", "reload4j", "log4j-api", "log4j-core");

    private static PluginArchive archive;
    private static Path directory;

    @BeforeAll
    static void locate() {
        archive = PluginArchive.fromBuild();
        directory = archive.pluginDirectory();
    }

    @Test
    void directoryIsNamedAfterTheVersionedArchive() {
        assertThat(directory.getFileName().toString()).startsWith("x3-ups-connect-");
    }

    @Test
    void manifestDescribesOneSourceAndSinkComponent() throws IOException {
        JsonNode manifest = new ObjectMapper().readTree(directory.resolve("manifest.json").toFile());

        assertThat(manifest.path("name").asText()).isEqualTo("x3-ups-connect");
        assertThat(directory.getFileName().toString()).isEqualTo("x3-ups-connect-" + manifest.path("version").asText());
        assertThat(manifest.path("version").asText()).doesNotContain("${");
        assertThat(manifest.path("component_types")).extracting(JsonNode::asText).containsExactlyInAnyOrder("source", "sink");
        assertThat(manifest.path("title").asText()).isNotBlank();
        assertThat(manifest.path("description").asText()).isNotBlank();
        assertThat(manifest.path("owner").path("username").asText()).isNotBlank();
        assertThat(manifest.path("documentation_url").asText()).startsWith("https://");
        assertThat(manifest.path("license").get(0).path("name").asText()).isNotBlank();
        assertThat(manifest.path("features").path("kafka_connect_api").asBoolean()).isTrue();
    }

    @Test
    void libHoldsOurJars() {
        assertThat(jarBaseNames()).containsAll(OUR_JARS);
    }

    @Test
    void libHoldsNothingTheWorkerProvides() {
        assertThat(jarBaseNames()).doesNotContainAnyElementsOf(WORKER_PROVIDED);
        assertThat(jarBaseNames()).noneMatch(name -> name.startsWith("kafka_") || name.startsWith("junit")
                || name.startsWith("assertj") || name.contains("simulator"));
    }

    @Test
    void everyDeclaredPluginClassIsInLib() throws IOException {
        Set<String> declared = new TreeSet<>(archive.connectorClasses());
        declared.addAll(archive.serviceEntries(PluginArchive.CONFIG_PROVIDER));
        Set<String> classFiles = new TreeSet<>();
        for (Path jar : archive.libJars()) {
            try (ZipFile file = new ZipFile(jar.toFile())) {
                file.stream().map(ZipEntry::getName).filter(n -> n.endsWith(".class"))
                        .map(n -> n.substring(0, n.length() - ".class".length()).replace('/', '.'))
                        .forEach(classFiles::add);
            }
        }

        assertThat(classFiles).containsAll(declared);
    }

    @Test
    void docHoldsReadmeAndLicence() {
        assertThat(directory.resolve("doc/README.md")).isNotEmptyFile();
        assertThat(directory.resolve("doc/LICENSE")).isNotEmptyFile();
    }

    @Test
    void etcHoldsTheExampleConfigsWhenThereAreAny() throws IOException {
        Path config = Paths.get(System.getProperty("user.dir")).resolve("../config").normalize();
        Set<String> expected = jsonFiles(config);

        Set<String> shipped = jsonFiles(directory.resolve("etc"));

        assertThat(shipped).isEqualTo(expected);
    }

    @Test
    void zipHoldsExactlyTheExplodedDirectory() throws IOException {
        Path zip = Paths.get(System.getProperty("x3ups.plugin.zip",
                directory.getParent().getParent().resolve(directory.getFileName() + ".zip").toString()));
        Set<String> zipped = new TreeSet<>();
        try (ZipFile file = new ZipFile(zip.toFile())) {
            file.stream().filter(e -> !e.isDirectory()).map(ZipEntry::getName).forEach(zipped::add);
        }
        Set<String> exploded = new TreeSet<>();
        try (Stream<Path> files = Files.walk(directory)) {
            files.filter(Files::isRegularFile)
                    .map(p -> directory.getParent().relativize(p).toString().replace('\\', '/'))
                    .forEach(exploded::add);
        }

        assertThat(zipped).isEqualTo(exploded);
    }

    private static List<String> jarBaseNames() {
        return archive.libJars().stream()
                .map(p -> p.getFileName().toString().replaceFirst("-\\d[^-]*(-SNAPSHOT)?\\.jar$", ""))
                .toList();
    }

    private static Set<String> jsonFiles(Path dir) throws IOException {
        Set<String> names = new TreeSet<>();
        if (Files.isDirectory(dir)) {
            try (Stream<Path> files = Files.list(dir)) {
                files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json")).forEach(names::add);
            }
        }
        return names;
    }
}
