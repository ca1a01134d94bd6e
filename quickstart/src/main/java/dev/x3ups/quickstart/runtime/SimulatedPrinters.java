package dev.x3ups.quickstart.runtime;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One simulated thermal printer per warehouse: a raw-TCP listener on a local port (as a printer's port 9100)
 * that counts the ZPL labels it receives (one per {@code ^XA…^XZ}) and remembers the tracking numbers on them.
 */
final class SimulatedPrinters implements AutoCloseable {
    private static final Pattern TRACKING_NUMBER = Pattern.compile("1Z[0-9A-Z]{16}");
    private final Map<String, ServerSocket> sockets = new LinkedHashMap<>();
    private final Set<String> printed = ConcurrentHashMap.newKeySet();
    private final AtomicLong documents = new AtomicLong();

    /** Starts a printer for each site code, on a free loopback port. */
    static SimulatedPrinters start(Collection<String> sites) {
        SimulatedPrinters printers = new SimulatedPrinters();
        try {
            for (String site : sites) {
                ServerSocket socket = new ServerSocket();
                socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
                printers.sockets.put(site, socket);
                Thread thread = new Thread(() -> printers.accept(socket), "printer-" + site);
                thread.setDaemon(true);
                thread.start();
            }
        } catch (IOException e) {
            printers.close();
            throw new UncheckedIOException("could not open a simulated printer", e);
        }
        return printers;
    }

    /** Site code → the port its printer listens on. */
    Map<String, Integer> ports() {
        Map<String, Integer> ports = new LinkedHashMap<>();
        sockets.forEach((site, socket) -> ports.put(site, socket.getLocalPort()));
        return ports;
    }

    /** Labels printed so far, all printers. */
    long documents() {
        return documents.get();
    }

    /** Whether a label with this tracking number was printed. */
    boolean printed(String trackingNumber) {
        return printed.contains(trackingNumber);
    }

    private void accept(ServerSocket socket) {
        while (!socket.isClosed()) {
            try (Socket client = socket.accept(); InputStream in = client.getInputStream()) {
                ByteArrayOutputStream job = new ByteArrayOutputStream();
                in.transferTo(job);
                record(job.toString(StandardCharsets.US_ASCII));
            } catch (IOException e) {
                // closed on shutdown, or the sender dropped the connection: it sends the job again
            }
        }
    }

    void record(String job) {
        for (String label : labels(job)) {
            documents.incrementAndGet();
            Matcher number = TRACKING_NUMBER.matcher(label);
            if (number.find()) {
                printed.add(number.group());
            }
        }
    }

    /** The job's ZPL labels, each {@code ^XA…^XZ}. */
    static List<String> labels(String job) {
        List<String> labels = new ArrayList<>();
        int start = job.indexOf("^XA");
        while (start >= 0) {
            int end = job.indexOf("^XZ", start);
            if (end < 0) {
                break;
            }
            labels.add(job.substring(start, end + 3));
            start = job.indexOf("^XA", end);
        }
        return labels;
    }

    @Override
    public void close() {
        for (ServerSocket socket : sockets.values()) {
            try {
                socket.close();
            } catch (IOException e) {
                // closing anyway
            }
        }
    }
}
