package dev.x3ups.quickstart.plugin;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The plugin archive zip. It is unpacked into a directory the worker uses as {@code plugin.path}, so the
 * connectors get Connect's isolated plugin classloader and are never on the quickstart's own classpath.
 */
public final class PluginArchive {

    /** Where the build puts the archive, relative to the directory holding quickstart.jar. */
    public static final String DEFAULT_LOCATION = "plugin-archive/x3-ups-connect.zip";

    private final Path zip;

    public PluginArchive(Path zip) {
        this.zip = zip;
    }

    /** The archive next to the running jar (or class directory), or fails naming where it looked. */
    public static PluginArchive besideJar(Path jarDirectory) {
        Path candidate = jarDirectory.resolve(DEFAULT_LOCATION);
        if (!Files.isRegularFile(candidate)) {
            throw new IllegalStateException("plugin archive not found at " + candidate
                    + ": build it first (mvn -B -ntp install -DskipTests) or pass --plugin-archive <zip>");
        }
        return new PluginArchive(candidate);
    }

    public Path zip() {
        return zip;
    }

    /** Unpacks into {@code pluginPath} and returns it; entries escaping the directory are refused. */
    public Path unpackInto(Path pluginPath) {
        if (!Files.isRegularFile(zip)) {
            throw new IllegalStateException("plugin archive not found: " + zip);
        }
        Path root = pluginPath.toAbsolutePath().normalize();
        try (InputStream in = Files.newInputStream(zip); ZipInputStream entries = new ZipInputStream(in)) {
            Files.createDirectories(root);
            int files = 0;
            for (ZipEntry e = entries.getNextEntry(); e != null; e = entries.getNextEntry()) {
                Path target = root.resolve(e.getName()).normalize();
                if (!target.startsWith(root)) {
                    throw new IllegalStateException("archive entry outside the plugin directory: " + e.getName());
                }
                if (e.isDirectory()) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    Files.copy(entries, target, StandardCopyOption.REPLACE_EXISTING);
                    files++;
                }
            }
            if (files == 0) {
                throw new IllegalStateException("plugin archive is empty: " + zip);
            }
            return root;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot unpack the plugin archive " + zip, e);
        }
    }

    /**
     * A class loader over the jars of the unpacked archive ({@code <component>/lib/*.jar}), for the few
     * plugin classes the quickstart itself uses (the config provider); parent-first, so Kafka's API types
     * stay those of the quickstart.
     */
    public static URLClassLoader libraries(Path pluginPath, ClassLoader parent) {
        List<URL> jars = new ArrayList<>();
        try (Stream<Path> components = Files.list(pluginPath)) {
            for (Path lib : components.map(c -> c.resolve("lib")).filter(Files::isDirectory).toList()) {
                try (Stream<Path> files = Files.list(lib)) {
                    for (Path jar : files.filter(f -> f.toString().endsWith(".jar")).sorted().toList()) {
                        jars.add(jar.toUri().toURL());
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the plugin path " + pluginPath, e);
        }
        return new URLClassLoader(jars.toArray(URL[]::new), parent);
    }
}
