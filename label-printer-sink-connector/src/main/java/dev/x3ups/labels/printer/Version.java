package dev.x3ups.labels.printer;

/** The plugin version, from the jar manifest when packaged. */
final class Version {
    private Version() {
    }

    static String get() {
        String version = Version.class.getPackage().getImplementationVersion();
        return version != null ? version : "0.1.0-SNAPSHOT";
    }
}
