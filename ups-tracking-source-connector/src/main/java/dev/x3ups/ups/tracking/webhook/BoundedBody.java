package dev.x3ups.ups.tracking.webhook;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.util.concurrent.CompletableFuture;
import org.eclipse.jetty.io.Content;

/**
 * Reads a request body without holding a thread while bytes are in transit (Jetty's read/demand loop) and
 * gives up as soon as it passes {@code limit} bytes — the limit holds for chunked bodies without a
 * Content-Length too, so an oversized body is never buffered whole.
 */
final class BoundedBody implements Runnable {
    private final Content.Source source;
    private final int limit;
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream(1024);
    private final CompletableFuture<byte[]> result = new CompletableFuture<>();

    private BoundedBody(Content.Source source, int limit) {
        this.source = source;
        this.limit = limit;
    }

    /** The body; fails with {@link BodyTooLargeException} past the limit, or with the read failure. */
    static CompletableFuture<byte[]> read(Content.Source source, int limit) {
        BoundedBody body = new BoundedBody(source, limit);
        body.run();
        return body.result;
    }

    @Override
    public void run() {
        while (true) {
            Content.Chunk chunk = source.read();
            if (chunk == null) {
                source.demand(this);
                return;
            }
            if (Content.Chunk.isFailure(chunk)) {
                result.completeExceptionally(chunk.getFailure());
                return;
            }
            ByteBuffer buffer = chunk.getByteBuffer();
            if (bytes.size() + buffer.remaining() > limit) {
                chunk.release();
                source.fail(new BodyTooLargeException(limit));
                result.completeExceptionally(new BodyTooLargeException(limit));
                return;
            }
            byte[] part = new byte[buffer.remaining()];
            buffer.get(part);
            bytes.write(part, 0, part.length);
            boolean last = chunk.isLast();
            chunk.release();
            if (last) {
                result.complete(bytes.toByteArray());
                return;
            }
        }
    }
}
