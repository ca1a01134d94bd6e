package dev.x3ups.ups.sink.shipping;

import dev.x3ups.client.Failures;
import dev.x3ups.records.Order;
import dev.x3ups.records.OrderRecords;
import dev.x3ups.ups.sink.metrics.SinkMetrics;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.connect.data.Struct;
import org.apache.kafka.connect.errors.ConnectException;
import org.apache.kafka.connect.errors.DataException;
import org.apache.kafka.connect.sink.SinkRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hands records of {@code x3.orders} to the shipping protocol with up to {@code maxInFlight} orders at once.
 * Records of one order run one after the other, so the ledger writes of an order stay in order. Failed and
 * changed orders go to the errant-record reporter. While the bound is reached, {@link #put} blocks, or, given a
 * {@link Flow}, keeps the rest of the batch, pauses its partitions and returns: orders waiting out a re-ship
 * backoff for minutes must not keep the task thread from polling or from stopping.
 */
public final class OrderIntake {
    /** The task's consumer controls (the Connect {@code SinkTaskContext} in production). */
    public interface Flow {
        void pause(Collection<TopicPartition> partitions);

        void resume(Collection<TopicPartition> partitions);

        /** Asks for the next {@code put} within {@code wait}, even without new records. */
        void callAgainWithin(Duration wait);
    }

    private static final Duration BACKLOG_RETRY = Duration.ofMillis(200);
    private static final Logger LOG = LoggerFactory.getLogger(OrderIntake.class);
    private final Function<Order, CompletableFuture<OrderResult>> protocol;
    private final PartitionProgress progress;
    private final Semaphore permits;
    private final BiConsumer<SinkRecord, Throwable> errant;
    private final SinkMetrics metrics;
    private final Map<String, CompletableFuture<?>> tails = new HashMap<>();
    private final AtomicReference<Throwable> fatal = new AtomicReference<>();
    private final Flow flow;
    private final Deque<SinkRecord> backlog = new ArrayDeque<>();
    private final Set<TopicPartition> paused = new HashSet<>();
    private volatile boolean stopping;

    public OrderIntake(Function<Order, CompletableFuture<OrderResult>> protocol, PartitionProgress progress,
                       int maxInFlight, BiConsumer<SinkRecord, Throwable> errant, SinkMetrics metrics) {
        this(protocol, progress, maxInFlight, errant, metrics, null);
    }

    /** @param flow pauses and resumes the consumer while the bound is reached; null: {@link #put} blocks */
    public OrderIntake(Function<Order, CompletableFuture<OrderResult>> protocol, PartitionProgress progress,
                       int maxInFlight, BiConsumer<SinkRecord, Throwable> errant, SinkMetrics metrics, Flow flow) {
        this.flow = flow;
        this.protocol = protocol;
        this.progress = progress;
        this.permits = new Semaphore(maxInFlight);
        this.errant = errant;
        this.metrics = metrics;
    }

    public void put(Collection<SinkRecord> records) throws InterruptedException {
        if (flow != null) {
            backlog.addAll(records);
            drainBacklog();
            return;
        }
        for (SinkRecord record : records) {
            throwIfFatal();
            Order order = decode(record);
            if (order == null) {
                continue;
            }
            while (!permits.tryAcquire(100, TimeUnit.MILLISECONDS)) {
                throwIfFatal();
                if (stopping) {
                    return;
                }
            }
            submit(record, order);
        }
        throwIfFatal();
    }

    /** Submits what the bound allows; the rest waits with its partitions paused until a later put. */
    private void drainBacklog() throws InterruptedException {
        while (!backlog.isEmpty()) {
            throwIfFatal();
            if (stopping) {
                return;
            }
            SinkRecord record = backlog.peekFirst();
            Order order = decode(record);
            if (order == null) {
                backlog.pollFirst();
                continue;
            }
            if (!permits.tryAcquire(100, TimeUnit.MILLISECONDS)) {
                Set<TopicPartition> waiting = new HashSet<>();
                backlog.forEach(r -> waiting.add(new TopicPartition(r.topic(), r.kafkaPartition())));
                waiting.removeAll(paused);
                if (!waiting.isEmpty()) {
                    flow.pause(waiting);
                    paused.addAll(waiting);
                }
                flow.callAgainWithin(BACKLOG_RETRY);
                return;
            }
            backlog.pollFirst();
            submit(record, order);
        }
        if (!paused.isEmpty()) {
            flow.resume(Set.copyOf(paused));
            paused.clear();
        }
        throwIfFatal();
    }

    private void submit(SinkRecord record, Order order) {
        TopicPartition partition = new TopicPartition(record.topic(), record.kafkaPartition());
        progress.started(partition, record.kafkaOffset());
        metrics.orderStarted();
        CompletableFuture<OrderResult> done;
        synchronized (tails) {
            CompletableFuture<?> previous = tails.getOrDefault(order.key(), CompletableFuture.completedFuture(null));
            done = previous.handle((v, e) -> null).thenCompose(v -> protocol.apply(order));
            tails.put(order.key(), done);
        }
        done.whenComplete((result, error) -> {
            synchronized (tails) {
                tails.remove(order.key(), done);
            }
            metrics.orderFinished();
            permits.release();
            if (error != null) {
                if (!stopping) {
                    fatal.compareAndSet(null, error);
                    LOG.error("Order {} could not be recorded in the ledger; it stays uncommitted", order.key(), error);
                }
                return;
            }
            if (result.reportable()) {
                errant.accept(record, new OrderProblemException(order.key(), result.code(), result.message()));
            }
            progress.finished(partition, record.kafkaOffset());
        });
    }

    private Order decode(SinkRecord record) {
        if (record.value() == null) {
            passOver(record); // a tombstone: nothing to ship
            return null;
        }
        // a record kept in the backlog is decoded again on the next put; only a valid order is ever kept
        try {
            if (!(record.value() instanceof Struct struct)) {
                throw new DataException("x3.orders values must be Structs with the order schema, got "
                        + record.value().getClass().getSimpleName());
            }
            return OrderRecords.fromStruct(struct);
        } catch (DataException e) {
            LOG.warn("Record {}-{}@{} is not an order: {}", record.topic(), record.kafkaPartition(),
                    record.kafkaOffset(), e.getMessage());
            errant.accept(record, e);
            passOver(record);
            return null;
        }
    }

    private void passOver(SinkRecord record) {
        TopicPartition partition = new TopicPartition(record.topic(), record.kafkaPartition());
        progress.started(partition, record.kafkaOffset());
        progress.finished(partition, record.kafkaOffset());
    }

    public Map<TopicPartition, OffsetAndMetadata> committable() {
        return progress.committable();
    }

    /**
     * Waits up to {@code timeout} for the orders in flight to finish (a revoked partition's next owner must not
     * find them PENDING while they still run here), then forgets the partitions.
     */
    public void release(Collection<TopicPartition> partitions, Duration timeout) {
        CompletableFuture<?>[] inFlight;
        synchronized (tails) {
            inFlight = tails.values().toArray(CompletableFuture[]::new);
        }
        try {
            CompletableFuture.allOf(inFlight).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            LOG.warn("Orders still in flight when partitions {} were revoked: {}", partitions, e.getMessage());
        }
        progress.forget(partitions);
        backlog.removeIf(r -> partitions.contains(new TopicPartition(r.topic(), r.kafkaPartition())));
        paused.removeAll(partitions);
    }

    public void stop() {
        stopping = true;
    }

    private void throwIfFatal() {
        Throwable error = fatal.get();
        if (error != null) {
            throw new ConnectException("the ledger could not record an order's state: " + Failures.rootMessage(error),
                    error);
        }
    }
}
