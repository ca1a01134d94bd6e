package dev.x3ups.x3.source;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The plugin version, filled in by the build into {@code x3-source-version.properties}. */
final class Version {

    private static final String VERSION = load();

    private Version() {
    }

    static String get() {
        return VERSION;
    }

    private static String load() {
        try (InputStream in = Version.class.getResourceAsStream("x3-source-version.properties")) {
            if (in == null) {
                return "unknown";
            }
            Properties props = new Properties();
            props.load(in);
            return props.getProperty("version", "unknown").trim();
        } catch (IOException e) {
            return "unknown";
        }
    }
}
