package dev.x3ups.quickstart;

import org.slf4j.LoggerFactory;

import java.nio.file.Path;

/** Kafka, Connect and the simulators log at WARN into the run's log file; the terminal stays for progress. */
final class QuickstartLogging {

    private static final String PREFIX = "org.slf4j.simpleLogger.";

    private QuickstartLogging() {
    }

    /** Must run before the first logger is created (slf4j-simple reads these once). */
    static void toFile(Path logFile) {
        setIfAbsent("logFile", logFile.toString());
        setIfAbsent("defaultLogLevel", "warn");
        setIfAbsent("log.dev.x3ups", "info");
        setIfAbsent("showDateTime", "true");
        setIfAbsent("dateTimeFormat", "HH:mm:ss.SSS");
        setIfAbsent("showShortLogName", "true");
    }

    static void recordFailure(Throwable e) {
        LoggerFactory.getLogger(QuickstartMain.class).error("quickstart failed", e);
    }

    private static void setIfAbsent(String key, String value) {
        if (System.getProperty(PREFIX + key) == null) {
            System.setProperty(PREFIX + key, value);
        }
    }
}
