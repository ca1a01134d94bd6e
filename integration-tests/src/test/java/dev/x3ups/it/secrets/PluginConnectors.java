package dev.x3ups.it.secrets;

import dev.x3ups.it.harness.PluginArchive;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.provider.ConfigProvider;
import org.apache.kafka.connect.connector.Connector;

/**
 * The connectors and config provider of the real plugin archive, loaded from its {@code lib/} jars in a
 * class loader of their own (as a worker does), with the Kafka API shared with this JVM.
 */
final class PluginConnectors implements AutoCloseable {

    private final PluginArchive archive;
    private final URLClassLoader loader;

    PluginConnectors(PluginArchive archive) {
        this.archive = archive;
        this.loader = new URLClassLoader("x3ups-plugin", archive.libJars().stream().map(PluginConnectors::url)
                .toArray(URL[]::new), PluginConnectors.class.getClassLoader());
    }

    static PluginConnectors fromBuild() {
        return new PluginConnectors(PluginArchive.fromBuild());
    }

    /** Connector class name to the ConfigDef its {@code config()} returns, for every connector the archive declares. */
    Map<String, ConfigDef> configDefs() {
        Map<String, ConfigDef> defs = new TreeMap<>();
        for (String className : archive.connectorClasses()) {
            defs.put(className, instantiate(className, Connector.class).config());
        }
        return defs;
    }

    /** The archive's config provider declared in META-INF/services, configured with {@code params}. */
    ConfigProvider configProvider(String className, Map<String, ?> params) {
        ConfigProvider provider = instantiate(className, ConfigProvider.class);
        provider.configure(params);
        return provider;
    }

    private <T> T instantiate(String className, Class<T> type) {
        try {
            return type.cast(Class.forName(className, true, loader).getDeclaredConstructor().newInstance());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot instantiate " + className + " from the plugin archive", e);
        }
    }

    private static URL url(Path jar) {
        try {
            return jar.toUri().toURL();
        } catch (MalformedURLException e) {
            throw new IllegalArgumentException(jar.toString(), e);
        }
    }

    @Override
    public void close() {
        try {
            loader.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
