package dev.x3ups.ups.sink.labels;

import dev.x3ups.records.LabelDocument;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** Where a shipment's label documents go: the labels topic in production. */
public interface LabelLog extends AutoCloseable {

    /**
     * Appends one shipment's documents, in the given (package) order, on the partition of {@code orderKey};
     * completes once every one is acknowledged.
     */
    CompletableFuture<Void> write(String orderKey, List<LabelDocument> documents);

    @Override
    void close();
}
