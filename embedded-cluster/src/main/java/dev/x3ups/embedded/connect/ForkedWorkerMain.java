package dev.x3ups.embedded.connect;

import org.apache.kafka.connect.cli.ConnectDistributed;
import org.apache.kafka.connect.runtime.Connect;
import org.apache.kafka.connect.runtime.distributed.DistributedHerder;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;

/**
 * Entry point of a {@link ForkedWorker}'s JVM: {@code <worker.properties> <rest-url-file>}. Writes the
 * REST URL once the worker listens, and halts when its parent goes away (stdin closes) so a crashed
 * test run leaves no orphan worker behind.
 */
public final class ForkedWorkerMain {

    private ForkedWorkerMain() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        if (args.length != 2) {
            System.err.println("usage: ForkedWorkerMain <worker.properties> <rest-url-file>");
            System.exit(2);
        }
        watchParent(System.in);
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(Paths.get(args[0]))) {
            properties.load(in);
        }
        Map<String, String> props = new HashMap<>();
        properties.stringPropertyNames().forEach(key -> props.put(key, properties.getProperty(key)));
        // startConnect registers Connect's shutdown hook: SIGTERM stops gracefully, SIGKILL is the crash.
        Connect<DistributedHerder> connect = new ConnectDistributed().startConnect(props);
        writeAtomically(Paths.get(args[1]), connect.rest().serverUrl().toString());
        connect.awaitStop();
    }

    private static void watchParent(InputStream parent) {
        Thread watcher = new Thread(() -> {
            try {
                while (parent.read() >= 0) {
                    // the parent never writes; EOF means it is gone
                }
            } catch (IOException e) {
                // treated like EOF
            }
            Runtime.getRuntime().halt(3);
        }, "parent-watch");
        watcher.setDaemon(true);
        watcher.start();
    }

    private static void writeAtomically(Path target, String content) throws IOException {
        Path temp = target.resolveSibling(target.getFileName() + ".tmp");
        try (OutputStream out = Files.newOutputStream(temp)) {
            out.write(content.getBytes(StandardCharsets.UTF_8));
        }
        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
    }
}
