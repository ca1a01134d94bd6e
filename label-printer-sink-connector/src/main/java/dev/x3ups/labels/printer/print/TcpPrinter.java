package dev.x3ups.labels.printer.print;

import dev.x3ups.records.LabelDocument;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;
import java.util.List;

/**
 * A printer taking raw jobs on a TCP port (9100 by convention): the bytes sent are what it prints. One connection
 * per shipment, so no other sender's job lands between a shipment's labels.
 */
public final class TcpPrinter implements Printer {
    private final String host;
    private final int port;
    private final int connectTimeoutMillis;

    public TcpPrinter(String host, int port, Duration connectTimeout) {
        this.host = host;
        this.port = port;
        this.connectTimeoutMillis = (int) Math.min(Integer.MAX_VALUE, connectTimeout.toMillis());
    }

    @Override
    public void print(List<LabelDocument> documents) throws IOException {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), connectTimeoutMillis);
            OutputStream out = socket.getOutputStream();
            for (LabelDocument document : documents) {
                out.write(document.image());
            }
            out.flush();
            // a graceful close: the printer sees the end of the job only after every byte
            socket.shutdownOutput();
        }
    }

    @Override
    public String toString() {
        return "tcp://" + host + ":" + port;
    }
}
