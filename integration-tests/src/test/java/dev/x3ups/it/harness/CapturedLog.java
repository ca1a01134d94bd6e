package dev.x3ups.it.harness;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Everything logged (and printed) in this JVM, by any thread, from {@link #start()} until
 * {@link #close()}. The secrets-hygiene tests read it back to prove no credential was written.
 */
public final class CapturedLog implements AutoCloseable {

    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();

    private CapturedLog() {
    }

    public static CapturedLog start() {
        CapturedLog capture = new CapturedLog();
        StdStreamTee.attach(capture);
        return capture;
    }

    synchronized void append(byte[] bytes, int offset, int length) {
        buffer.write(bytes, offset, length);
    }

    public synchronized String text() {
        return buffer.toString(StandardCharsets.UTF_8);
    }

    public List<String> lines() {
        return text().lines().toList();
    }

    public boolean contains(String fragment) {
        return text().contains(fragment);
    }

    @Override
    public void close() {
        StdStreamTee.detach(this);
    }
}
