package dev.x3ups.it.harness;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Puts a tee in front of System.out and System.err once per JVM, copying everything written to the
 * active captures. slf4j-simple looks System.err up on every write, so every logger, Kafka's and
 * Connect's worker threads included, passes through here.
 */
final class StdStreamTee {

    private static final List<CapturedLog> ACTIVE = new CopyOnWriteArrayList<>();
    private static boolean installed;

    private StdStreamTee() {
    }

    static synchronized void attach(CapturedLog capture) {
        if (!installed) {
            System.setOut(tee(System.out));
            System.setErr(tee(System.err));
            installed = true;
        }
        ACTIVE.add(capture);
    }

    static void detach(CapturedLog capture) {
        ACTIVE.remove(capture);
    }

    private static PrintStream tee(PrintStream original) {
        return new PrintStream(new OutputStream() {
            @Override
            public void write(int b) {
                original.write(b);
                for (CapturedLog capture : ACTIVE) {
                    capture.append(new byte[] {(byte) b}, 0, 1);
                }
            }

            @Override
            public void write(byte[] bytes, int offset, int length) {
                original.write(bytes, offset, length);
                for (CapturedLog capture : ACTIVE) {
                    capture.append(bytes, offset, length);
                }
            }

            @Override
            public void flush() {
                original.flush();
            }
        }, true, StandardCharsets.UTF_8);
    }
}
