package dev.x3ups.it.harness;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;

/**
 * The exploded plugin archive the distribution module builds, as a worker's {@code plugin.path} sees it,
 * and the plugin classes its jars declare in {@code META-INF/services}.
 */
public final class PluginArchive {

    public static final String PATH_PROPERTY = "x3ups.plugin.path";
    public static final String SOURCE_CONNECTOR = "org.apache.kafka.connect.source.SourceConnector";
    public static final String SINK_CONNECTOR = "org.apache.kafka.connect.sink.SinkConnector";
    public static final String CONFIG_PROVIDER = "org.apache.kafka.common.config.provider.ConfigProvider";

    private final Path pluginPath;

    PluginArchive(Path pluginPath) {
        this.pluginPath = pluginPath;
    }

    /**
     * From {@code -Dx3ups.plugin.path} (set by the build), else the distribution module's output next to
     * this module, so tests also run from an IDE after {@code mvn package}.
     */
    public static PluginArchive fromBuild() {
        String configured = System.getProperty(PATH_PROPERTY);
        Path path = configured != null && !configured.isBlank()
                ? Paths.get(configured)
                : Paths.get("..", "distribution", "target", "plugin");
        PluginArchive archive = new PluginArchive(path.toAbsolutePath().normalize());
        archive.pluginDirectory();
        return archive;
    }

    /** The directory to set as the worker's {@code plugin.path}. */
    public Path pluginPath() {
        return pluginPath;
    }

    /** The single {@code x3-ups-connect-<version>} directory inside the plugin path. */
    public Path pluginDirectory() {
        if (!Files.isDirectory(pluginPath)) {
            throw new IllegalStateException("no plugin archive at " + pluginPath
                    + ": build the distribution module first (mvn -pl distribution -am package)");
        }
        try (Stream<Path> children = Files.list(pluginPath)) {
            List<Path> dirs = children.filter(Files::isDirectory).toList();
            if (dirs.size() != 1) {
                throw new IllegalStateException("expected one plugin directory in " + pluginPath + ", found " + dirs);
            }
            return dirs.get(0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public List<Path> libJars() {
        try (Stream<Path> files = Files.list(pluginDirectory().resolve("lib"))) {
            return files.filter(p -> p.getFileName().toString().endsWith(".jar")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Source and sink connector classes our jars declare. */
    public Set<String> connectorClasses() {
        Set<String> classes = new TreeSet<>(serviceEntries(SOURCE_CONNECTOR));
        classes.addAll(serviceEntries(SINK_CONNECTOR));
        return classes;
    }

    /** Implementations of {@code service} declared in {@code META-INF/services} of any jar in {@code lib/}. */
    public Set<String> serviceEntries(String service) {
        Set<String> entries = new TreeSet<>();
        for (Path jar : libJars()) {
            entries.addAll(serviceEntries(jar, service));
        }
        return entries;
    }

    static Set<String> serviceEntries(Path jar, String service) {
        try (JarFile file = new JarFile(jar.toFile())) {
            ZipEntry entry = file.getEntry("META-INF/services/" + service);
            if (entry == null) {
                return Set.of();
            }
            try (BufferedReader reader = new BufferedReader(
                    new InputStreamReader(file.getInputStream(entry), StandardCharsets.UTF_8))) {
                Set<String> names = new TreeSet<>();
                reader.lines()
                        .map(line -> line.replaceFirst("#.*", "").trim())
                        .filter(line -> !line.isEmpty())
                        .forEach(names::add);
                return names;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + jar, e);
        }
    }
}
