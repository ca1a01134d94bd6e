package dev.x3ups.x3.sink.write;

import dev.x3ups.records.OrderKey;
import dev.x3ups.x3.sink.intake.OrderUpdate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Writes the orders of one batch concurrently, at most {@code maxInFlight} at a time. Each order is
 * one job, and batches run one after the other, so writes for one order never overlap.
 */
public final class BatchWriter implements AutoCloseable {

    private static final AtomicInteger POOLS = new AtomicInteger();

    private final OrderWriter writer;
    private final ExecutorService pool;

    public BatchWriter(OrderWriter writer, int maxInFlight) {
        this.writer = writer;
        int id = POOLS.incrementAndGet();
        AtomicInteger threads = new AtomicInteger();
        this.pool = Executors.newFixedThreadPool(maxInFlight, r -> {
            Thread thread = new Thread(r, "x3-sink-writer-" + id + "-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    public Map<OrderKey, Outcome> writeAll(Map<OrderKey, List<OrderUpdate>> updates) throws InterruptedException {
        Map<OrderKey, Future<Outcome>> running = new LinkedHashMap<>();
        updates.forEach((order, list) -> running.put(order, pool.submit(() -> writer.write(order, list))));
        Map<OrderKey, Outcome> outcomes = new LinkedHashMap<>();
        for (Map.Entry<OrderKey, Future<Outcome>> entry : running.entrySet()) {
            outcomes.put(entry.getKey(), outcome(entry.getValue()));
        }
        return outcomes;
    }

    private static Outcome outcome(Future<Outcome> future) throws InterruptedException {
        try {
            return future.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof InterruptedException) {
                return Outcome.retry("the task is stopping");
            }
            throw new IllegalStateException("writing an order failed unexpectedly", e.getCause());
        }
    }

    /** Interrupts writes waiting on a retry backoff, so the task stops promptly. */
    @Override
    public void close() {
        pool.shutdownNow();
    }
}
