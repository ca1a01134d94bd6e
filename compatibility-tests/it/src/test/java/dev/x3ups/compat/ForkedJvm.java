package dev.x3ups.compat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** A Java process of one Kafka version's jars; its output goes to a log file the failure messages point at. */
final class ForkedJvm implements AutoCloseable {
    private final String name;
    private final Process process;
    private final Path log;

    private ForkedJvm(String name, Process process, Path log) {
        this.name = name;
        this.process = process;
        this.log = log;
    }

    /** Runs {@code mainClass} to its end (a tool such as the storage formatter); fails when it exits non-zero. */
    static void run(KafkaRuntime kafka, Path log, String mainClass, String... args) {
        try (ForkedJvm tool = start(kafka, "tool", log, List.of(), mainClass, args)) {
            if (!tool.process.waitFor(60, TimeUnit.SECONDS) || tool.process.exitValue() != 0) {
                throw new IllegalStateException(mainClass + " of Kafka " + kafka.version() + " failed; see " + log);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    static ForkedJvm start(KafkaRuntime kafka, String name, Path log, List<String> jvmOptions, String mainClass,
                           String... args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xms64m");
        command.add("-Xmx384m");
        command.add("-XX:+UseSerialGC");
        command.add("-XX:TieredStopAtLevel=1"); // start-up matters more than peak speed here
        command.addAll(kafka.quietLogging());
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(kafka.jars().toAbsolutePath() + "/*");
        command.add(mainClass);
        command.addAll(List.of(args));
        try {
            Files.createDirectories(log.getParent());
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(log.toFile()).start();
            return new ForkedJvm(name, process, log);
        } catch (IOException e) {
            throw new UncheckedIOException("could not start " + mainClass, e);
        }
    }

    /** Stops the JVM at once (a throw-away broker needs no controlled shutdown). */
    void kill() {
        process.destroyForcibly();
        try {
            process.waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    boolean alive() {
        return process.isAlive();
    }

    boolean logContains(String text) {
        try {
            return Files.readString(log).contains(text);
        } catch (IOException e) {
            return false;
        }
    }

    Path log() {
        return log;
    }

    /** The exit, told in a sentence for assertions: when a fork dies, waiting for it is pointless. */
    void assertAlive() {
        if (!process.isAlive()) {
            throw new AssertionError(name + " exited with " + process.exitValue() + "; see " + log);
        }
    }

    /** Asks the JVM to stop (its shutdown hooks run: the worker stops its tasks), then forces it. */
    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
