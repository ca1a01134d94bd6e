package dev.x3ups.it.labels;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * The reprint tool run as the README tells users to: a separate JVM with the plugin archive's {@code lib/} and a
 * Kafka installation's client jars (here taken from this JVM's class path: kafka-clients, connect-api,
 * connect-json and their dependencies).
 */
final class ReprintCli {
    private static final String MAIN = "dev.x3ups.labels.printer.cli.ReprintTool";
    private static final List<String> KAFKA_LIBS = List.of("kafka-clients", "connect-api", "connect-json", "jackson-",
            "slf4j-api", "lz4", "snappy", "zstd");

    private ReprintCli() {
    }

    /** Runs the tool with {@code arguments}; returns its exit code and output. */
    static Result run(Path libDirectory, List<String> arguments) {
        String kafkaLibs = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> KAFKA_LIBS.stream().anyMatch(Paths.get(entry).getFileName().toString()::startsWith))
                .collect(Collectors.joining(File.pathSeparator));
        List<String> command = new ArrayList<>();
        command.add(Paths.get(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-cp");
        command.add(libDirectory.resolve("*") + File.pathSeparator + kafkaLibs);
        command.add(MAIN);
        command.addAll(arguments);
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("ReprintTool did not finish: " + output);
            }
            return new Result(process.exitValue(), output);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    record Result(int exitCode, String output) {
    }
}
