package dev.x3ups.benchmarks.harness;

import static org.awaitility.Awaitility.await;

import dev.x3ups.embedded.connect.ForkedWorkerMain;
import dev.x3ups.embedded.connect.WorkerProperties;
import dev.x3ups.embedded.kafka.FreePort;
import dev.x3ups.embedded.kafka.TempDirectory;
import dev.x3ups.embedded.rest.ConnectRestClient;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryUsage;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import javax.management.InstanceNotFoundException;
import javax.management.JMX;
import javax.management.MBeanServerConnection;
import javax.management.MalformedObjectNameException;
import javax.management.ObjectName;
import javax.management.remote.JMXConnector;
import javax.management.remote.JMXConnectorFactory;
import javax.management.remote.JMXServiceURL;

/**
 * A distributed Connect worker in a child JVM of its own, with remote JMX on a loopback port, so the memory and
 * the task metrics of the connectors it runs are measured apart from the broker and the simulators of this JVM.
 * Its output goes to a log file named in failures.
 */
public final class ForkedWorkerJvm implements AutoCloseable {

    private static final Duration START = Duration.ofSeconds(90);

    private final Process process;
    private final Path workDir;
    private final ConnectRestClient rest;
    private final JMXConnector jmx;
    private final MBeanServerConnection server;

    private ForkedWorkerJvm(Process process, Path workDir, ConnectRestClient rest, JMXConnector jmx) throws IOException {
        this.process = process;
        this.workDir = workDir;
        this.rest = rest;
        this.jmx = jmx;
        this.server = jmx.getMBeanServerConnection();
    }

    /** Starts a worker of a fresh group on {@code bootstrapServers} and waits until its REST API and JMX answer. */
    public static ForkedWorkerJvm start(String bootstrapServers, Path pluginPath, String maxHeap) {
        Path dir = TempDirectory.create("x3ups-bench-worker-");
        String group = "bench-worker-" + dir.getFileName();
        int jmxPort = FreePort.find();
        Path config = dir.resolve("worker.properties");
        Path urlFile = dir.resolve("rest-url");
        Path log = dir.resolve("worker.log");
        writeProperties(config, workerProperties(bootstrapServers, group, pluginPath));
        Process process;
        try {
            process = new ProcessBuilder(command(maxHeap, jmxPort, System.getProperty("java.class.path"), config,
                    urlFile)).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot fork a Connect worker", e);
        }
        try {
            await("forked worker's REST URL (log " + log + ")").atMost(START).pollInterval(Duration.ofMillis(100))
                    .until(() -> {
                        if (!process.isAlive()) {
                            throw new IllegalStateException("forked worker exited with " + process.exitValue()
                                    + "; see " + log);
                        }
                        return Files.exists(urlFile);
                    });
            ConnectRestClient rest = new ConnectRestClient(URI.create(Files.readString(urlFile,
                    StandardCharsets.UTF_8).trim()));
            await("forked worker serving (log " + log + ")").atMost(START).pollInterval(Duration.ofMillis(200))
                    .ignoreExceptions().until(() -> rest.connectors().isSuccess());
            JMXConnector jmx = JMXConnectorFactory.connect(new JMXServiceURL(jmxUrl(jmxPort)));
            return new ForkedWorkerJvm(process, dir, rest, jmx);
        } catch (IOException | RuntimeException e) {
            process.destroyForcibly();
            throw e instanceof IOException io ? new UncheckedIOException(io) : (RuntimeException) e;
        }
    }

    /** The child's command line: heap, G1 as a worker would run, remote JMX without auth on loopback only. */
    static List<String> command(String maxHeap, int jmxPort, String classPath, Path config, Path urlFile) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx" + maxHeap);
        command.add("-XX:+UseG1GC");
        command.add("-Dcom.sun.management.jmxremote.port=" + jmxPort);
        command.add("-Dcom.sun.management.jmxremote.rmi.port=" + jmxPort);
        command.add("-Dcom.sun.management.jmxremote.authenticate=false");
        command.add("-Dcom.sun.management.jmxremote.ssl=false");
        command.add("-Dcom.sun.management.jmxremote.host=127.0.0.1");
        command.add("-Djava.rmi.server.hostname=127.0.0.1");
        command.add("-cp");
        command.add(classPath);
        command.add(ForkedWorkerMain.class.getName());
        command.add(config.toString());
        command.add(urlFile.toString());
        return command;
    }

    static String jmxUrl(int port) {
        return "service:jmx:rmi:///jndi/rmi://127.0.0.1:" + port + "/jmxrmi";
    }

    static Map<String, String> workerProperties(String bootstrapServers, String group, Path pluginPath) {
        return WorkerProperties.distributed(bootstrapServers, group, pluginPath, false, Map.of());
    }

    /**
     * The task's metrics as Connect 4.1+ publishes plugin metrics (KIP-877), and as TaskMetrics registers them on
     * older workers. Kafka quotes a tag value only when it holds characters such as {@code ,=:"*?}; the
     * benchmark's connector names have none.
     */
    static ObjectName taskMetrics(String connector, int task) {
        return objectName("kafka.connect:type=plugins,connector=" + connector + ",task=" + task);
    }

    public ConnectRestClient rest() {
        return rest;
    }

    /**
     * Heap in use right after a full collection ({@code MemoryMXBean.gc()}, run twice so what the first one
     * finalised is gone too): what the worker and its connectors keep alive.
     */
    public long heapAfterGcBytes() {
        MemoryMXBean memory = JMX.newMXBeanProxy(server, objectName(ManagementFactory.MEMORY_MXBEAN_NAME),
                MemoryMXBean.class);
        memory.gc();
        memory.gc();
        MemoryUsage heap = memory.getHeapMemoryUsage();
        return heap.getUsed();
    }

    /** A task metric's value, or null while the task has not published it. */
    public Double taskMetric(String connector, int task, String metric) {
        try {
            Object value = server.getAttribute(taskMetrics(connector, task), metric);
            return value instanceof Number n ? n.doubleValue() : null;
        } catch (InstanceNotFoundException | javax.management.AttributeNotFoundException e) {
            return null;
        } catch (Exception e) {
            throw new IllegalStateException("JMX read of " + metric + " failed", e);
        }
    }

    private static ObjectName objectName(String name) {
        try {
            return new ObjectName(name);
        } catch (MalformedObjectNameException e) {
            throw new IllegalArgumentException(name, e);
        }
    }

    private static void writeProperties(Path file, Map<String, String> settings) {
        Properties props = new Properties();
        props.putAll(settings);
        try (OutputStream out = Files.newOutputStream(file)) {
            props.store(out, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** SIGTERM (Connect's shutdown hook stops the worker), then SIGKILL if it lingers. */
    @Override
    public void close() {
        try {
            jmx.close();
        } catch (IOException e) {
            // the child goes away either way
        }
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
        TempDirectory.delete(workDir);
    }
}
