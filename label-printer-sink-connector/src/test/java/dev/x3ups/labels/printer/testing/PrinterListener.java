package dev.x3ups.labels.printer.testing;

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
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A raw-TCP "printer" on a local port: keeps the bytes of each connection (one job); can go down and come back. */
public final class PrinterListener implements AutoCloseable {
    private final List<String> jobs = new CopyOnWriteArrayList<>();
    private int port;
    private volatile ServerSocket server;
    /** Holds the port while down, so the kernel never hands it to a client as its own port (a self-connection). */
    private volatile Socket portHolder;

    public static PrinterListener start() {
        PrinterListener listener = new PrinterListener();
        listener.open(0);
        return listener;
    }

    public int port() {
        return port;
    }

    /** Stops accepting: connections are refused until {@link #reopen()}. */
    public void down() {
        try {
            server.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            Socket holder = new Socket();
            holder.setReuseAddress(true);
            holder.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
            portHolder = holder; // bound, neither listening nor connected: connections to the port are refused
        } catch (IOException e) {
            portHolder = null; // someone else took the port: connections fail there too
        }
    }

    public void reopen() {
        releasePort();
        open(port);
    }

    private void releasePort() {
        Socket holder = portHolder;
        portHolder = null;
        if (holder != null) {
            try {
                holder.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Every connection's bytes, as text, in arrival order. */
    public List<String> jobs() {
        return List.copyOf(jobs);
    }

    /** The ZPL labels received, split at each {@code ^XZ}. */
    public List<String> labels() {
        List<String> labels = new ArrayList<>();
        for (String job : jobs) {
            int start = 0;
            int end;
            while ((end = job.indexOf("^XZ", start)) >= 0) {
                labels.add(job.substring(start, end + 3));
                start = end + 3;
            }
        }
        return labels;
    }

    private void open(int wanted) {
        try {
            ServerSocket socket = new ServerSocket();
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), wanted));
            port = socket.getLocalPort();
            server = socket;
            Thread thread = new Thread(() -> accept(socket), "printer-listener-" + port);
            thread.setDaemon(true);
            thread.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void accept(ServerSocket socket) {
        while (!socket.isClosed()) {
            try (Socket client = socket.accept(); InputStream in = client.getInputStream()) {
                ByteArrayOutputStream job = new ByteArrayOutputStream();
                in.transferTo(job);
                jobs.add(job.toString(StandardCharsets.US_ASCII));
            } catch (IOException e) {
                // closed by down() or close()
            }
        }
    }

    @Override
    public void close() {
        down();
        releasePort();
    }
}
