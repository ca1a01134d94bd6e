package dev.x3ups.compat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/** One Kafka version's broker and Connect worker jars, as its module ../kafka-<version> copied them. */
record KafkaRuntime(String version, Path jars, Path work) {

    static List<KafkaRuntime> all() {
        return Arrays.stream(System.getProperty("compat.kafka.versions", "").split(",")).map(String::trim)
                .filter(v -> !v.isEmpty()).map(KafkaRuntime::of).toList();
    }

    static KafkaRuntime of(String version) {
        Path runtimes = Path.of(System.getProperty("compat.kafka.runtimes", ".."));
        Path jars = runtimes.resolve("kafka-" + version).resolve("target").resolve("kafka-" + version);
        if (!Files.isDirectory(jars)) {
            throw new IllegalStateException("no jars of Kafka " + version + " in " + jars
                    + ": build the module kafka-" + version + " first (mvn -pl compatibility-tests -amd verify)");
        }
        Path work = Path.of(System.getProperty("compat.work.dir", "target/compat")).resolve("kafka-" + version);
        return new KafkaRuntime(version, jars, work);
    }

    /**
     * JVM options that keep every fork quiet: the Maven artifacts log through slf4j-simple here (warnings, and
     * the connectors' start-up lines); the brokers' direct log4j calls (reload4j on 3.x, log4j2 on 4.1+) get
     * a warnings-only configuration too.
     */
    List<String> quietLogging() {
        try {
            Files.createDirectories(work);
            Path log4j = work.resolve("log4j.properties");
            Files.writeString(log4j, """
                    log4j.rootLogger=WARN, stdout
                    log4j.appender.stdout=org.apache.log4j.ConsoleAppender
                    log4j.appender.stdout.layout=org.apache.log4j.PatternLayout
                    log4j.appender.stdout.layout.ConversionPattern=[%d] %p %m (%c)%n
                    """);
            Path log4j2 = work.resolve("log4j2.properties");
            Files.writeString(log4j2, """
                    rootLogger.level=warn
                    rootLogger.appenderRef.stdout.ref=STDOUT
                    appender.stdout.type=Console
                    appender.stdout.name=STDOUT
                    appender.stdout.layout.type=PatternLayout
                    appender.stdout.layout.pattern=[%d] %p %m (%c)%n
                    """);
            return List.of("-Dlog4j.configuration=" + log4j.toUri(), "-Dlog4j2.configurationFile=" + log4j2.toUri(),
                    "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn",
                    "-Dorg.slf4j.simpleLogger.showDateTime=true",
                    "-Dorg.slf4j.simpleLogger.log.dev.x3ups=info",
                    "-Dorg.slf4j.simpleLogger.log.org.apache.kafka.connect.runtime.WorkerSinkTask=info",
                    "-Dorg.slf4j.simpleLogger.log.org.apache.kafka.connect.runtime.WorkerTask=info");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String toString() {
        return "Kafka " + version;
    }
}
