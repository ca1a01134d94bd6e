package dev.x3ups.quickstart.runtime;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.net.MalformedURLException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Starts the UPS simulator in an {@link IsolatedClassLoader} from the jars the build copies to
 * {@code ups-simulator/} next to quickstart.jar; the bridge class is loaded there too and handed back
 * as a {@link UpsSimulatorHandle}.
 */
final class UpsSimulatorLauncher {

    static final String LIB_DIRECTORY = "ups-simulator";
    static final String BRIDGE = "dev.x3ups.quickstart.upsbridge.UpsSimulatorBridge";
    static final List<String> ISOLATED = List.of("org.eclipse.jetty.", "dev.x3ups.ups.simulator.",
            "dev.x3ups.quickstart.upsbridge.");

    private final Path libDirectory;
    private final URL quickstartCode;

    UpsSimulatorLauncher(Path libDirectory, URL quickstartCode) {
        this.libDirectory = libDirectory;
        this.quickstartCode = quickstartCode;
    }

    UpsSimulatorHandle start(UpsSimulatorSettings settings) {
        ClassLoader loader = new IsolatedClassLoader(urls(), UpsSimulatorLauncher.class.getClassLoader(), ISOLATED);
        try {
            Object bridge = Class.forName(BRIDGE, true, loader).getConstructor(UpsSimulatorSettings.class)
                    .newInstance(settings);
            return (UpsSimulatorHandle) bridge;
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            throw cause instanceof RuntimeException r ? r : new IllegalStateException("UPS simulator did not start", cause);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("UPS simulator classes not loadable from " + libDirectory, e);
        }
    }

    private URL[] urls() {
        if (!Files.isDirectory(libDirectory)) {
            throw new IllegalStateException("UPS simulator jars not found in " + libDirectory
                    + ": build the quickstart first (mvn -B -ntp install -DskipTests)");
        }
        List<URL> urls = new ArrayList<>();
        try (Stream<Path> jars = Files.list(libDirectory)) {
            for (Path jar : jars.filter(p -> p.toString().endsWith(".jar")).sorted().toList()) {
                urls.add(jar.toUri().toURL());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        urls.add(quickstartCode);
        return urls.toArray(URL[]::new);
    }

    static URL toUrl(Path path) {
        try {
            return path.toUri().toURL();
        } catch (MalformedURLException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
