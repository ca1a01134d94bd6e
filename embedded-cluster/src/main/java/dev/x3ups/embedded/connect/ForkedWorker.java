package dev.x3ups.embedded.connect;

import dev.x3ups.embedded.kafka.TempDirectory;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * A worker in a child JVM on this JVM's classpath, so it can really crash: {@link #kill()} is SIGKILL —
 * no group leave, no task stop, no offset commit — which an in-process worker cannot imitate. Its
 * output is copied to this JVM's System.err, so log capture still sees it.
 */
public final class ForkedWorker extends WorkerBase {

    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(60);

    private final List<String> jvmOptions;
    private Path workDir;
    private Process process;

    ForkedWorker(String name, Map<String, String> properties, List<String> jvmOptions) {
        super(name, properties);
        this.jvmOptions = List.copyOf(jvmOptions);
    }

    static ForkedWorker distributed(String name, Map<String, String> properties) {
        return new ForkedWorker(name, properties, List.of("-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1"));
    }

    @Override
    public synchronized void start(Duration timeout) {
        if (process != null) {
            throw new IllegalStateException(name + " already running");
        }
        workDir = TempDirectory.create("x3ups-worker-");
        Path config = workDir.resolve("worker.properties");
        Path urlFile = workDir.resolve("rest-url");
        writeProperties(config);
        List<String> command = new ArrayList<>();
        command.add(Paths.get(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(ForkedWorkerMain.class.getName());
        command.add(config.toString());
        command.add(urlFile.toString());
        try {
            process = new ProcessBuilder(command).redirectErrorStream(true).start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot fork worker " + name, e);
        }
        pipeOutput(process.getInputStream());
        listening(awaitUrl(urlFile, timeout), timeout);
    }

    @Override
    public synchronized boolean isRunning() {
        return process != null && process.isAlive();
    }

    /** SIGTERM: Connect's shutdown hook stops the worker gracefully. */
    @Override
    public synchronized void stop() {
        end(false);
    }

    /** SIGKILL: the worker vanishes mid-flight, as on a machine failure. */
    public synchronized void kill() {
        end(true);
    }

    private void end(boolean forcibly) {
        if (process == null) {
            return;
        }
        try {
            if (forcibly) {
                process.destroyForcibly();
            } else {
                process.destroy();
            }
            if (!process.waitFor(STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly().waitFor(STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        } finally {
            closeQuietly(process.getOutputStream());
            process = null;
            TempDirectory.delete(workDir);
            workDir = null;
        }
    }

    /** Owner-only where the file system allows it: worker settings may hold credentials. */
    private void writeProperties(Path config) {
        Properties props = new Properties();
        props.putAll(properties);
        try {
            if (config.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                Files.createFile(config, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try (OutputStream out = Files.newOutputStream(config)) {
            props.store(out, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private URI awaitUrl(Path urlFile, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (Files.exists(urlFile)) {
                try {
                    return URI.create(Files.readString(urlFile, StandardCharsets.UTF_8).trim());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            if (!process.isAlive()) {
                throw new IllegalStateException("worker " + name + " exited with " + process.exitValue() + " before listening");
            }
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(50));
        }
        end(true);
        throw new IllegalStateException("worker " + name + " did not listen within " + timeout);
    }

    /** Copies the child's output line by line to System.err, looked up per line so captures see it. */
    private void pipeOutput(InputStream output) {
        Thread pump = new Thread(() -> {
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(output, StandardCharsets.UTF_8))) {
                String line;
                while ((line = reader.readLine()) != null) {
                    System.err.println("[" + name + "] " + line);
                }
            } catch (IOException e) {
                // the child is gone; nothing more to copy
            }
        }, name + "-output");
        pump.setDaemon(true);
        pump.start();
    }

    private static void closeQuietly(OutputStream stream) {
        try {
            stream.close();
        } catch (IOException e) {
            // the child is gone either way
        }
    }
}
