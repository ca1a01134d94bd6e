package dev.x3ups.x3.source.poll;

import dev.x3ups.x3.client.OrderFeed;
import dev.x3ups.x3.client.X3Exception;
import dev.x3ups.x3.source.config.X3SourceConfig;
import dev.x3ups.x3.source.offset.OrderOffset;
import dev.x3ups.x3.source.offset.OrderPartition;
import dev.x3ups.x3.source.metrics.SourceMetrics;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.kafka.connect.errors.ConnectException;
import org.apache.kafka.connect.source.SourceRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What one task does on each {@code poll()}: reads one page of the partition whose turn it is, so
 * the call returns promptly, or waits (at most {@link #MAX_IDLE}, woken by stop) until a partition is
 * due. Transient X3 errors back off and retry the same page; any other X3 error fails the task with
 * X3's own message.
 */
public final class PollLoop {

    /** Longest single wait inside poll(), so the worker can pause or stop the task without delay. */
    static final Duration MAX_IDLE = Duration.ofSeconds(1);

    private static final Logger log = LoggerFactory.getLogger(PollLoop.class);

    private final Map<PartitionWalker, Instant> dueAt = new LinkedHashMap<>();
    private final Map<PartitionWalker, FailureStreak> backoffs = new LinkedHashMap<>();
    private final Map<PartitionWalker, RetryPolicy> retryPolicies = new LinkedHashMap<>();
    private final RecordFactory records;
    private final Duration pollInterval;
    private final Clock clock;
    private final Sleeper sleeper;
    private final SourceMetrics metrics;
    private volatile boolean stopped;

    PollLoop(List<PartitionWalker> walkers, RecordFactory records, Duration pollInterval,
             Supplier<FailureStreak> backoff, Supplier<RetryPolicy> retryPolicy, Clock clock, Sleeper sleeper,
             SourceMetrics metrics) {
        Instant now = clock.instant();
        for (PartitionWalker walker : walkers) {
            dueAt.put(walker, now);
            backoffs.put(walker, backoff.get());
            retryPolicies.put(walker, retryPolicy.get());
            metrics.lag(walker.partition().entity().name(), () -> walker.lag(clock.instant()).toMillis());
        }
        this.records = records;
        this.pollInterval = pollInterval;
        this.clock = clock;
        this.sleeper = sleeper;
        this.metrics = metrics;
    }

    /**
     * The loop of a task reading {@code offsets.keySet()}, each partition from its stored offset.
     */
    public static PollLoop create(X3SourceConfig config, Map<OrderPartition, OrderOffset> offsets, OrderFeed feed,
                                  SourceMetrics metrics) {
        Clock clock = Clock.systemUTC();
        List<PartitionWalker> walkers = new ArrayList<>();
        Instant now = clock.instant();
        offsets.forEach((partition, offset) -> walkers.add(new PartitionWalker(partition, offset, feed,
                config.selection().withCancellationsSince(
                        CancellationBound.of(offset, config.startTimestamp(), now, config.overlap())),
                config.pageSize(), config.overlap(), clock)));
        return new PollLoop(walkers, new RecordFactory(config.topic()), config.pollInterval(),
                () -> new FailureStreak(config.retryBackoff(), config.retryBackoffMax()),
                () -> new RetryPolicy(config.rejectedRetries()), clock, Sleeper.stoppable(), metrics);
    }

    /** Records of one page, an empty list while waiting, or null once stopped. */
    public List<SourceRecord> poll() throws InterruptedException {
        if (stopped) {
            return null;
        }
        PartitionWalker walker = nextDue();
        Instant now = clock.instant();
        Instant due = dueAt.get(walker);
        if (due.isAfter(now)) {
            Duration wait = Duration.between(now, due);
            sleeper.sleep(wait.compareTo(MAX_IDLE) > 0 ? MAX_IDLE : wait);
            return stopped ? null : List.of();
        }
        List<Emission> emissions;
        try {
            emissions = walker.nextPage();
        } catch (X3Exception e) {
            metrics.error();
            if (!retryPolicies.get(walker).shouldRetry(e)) {
                throw new ConnectException("X3 refused to list " + describe(walker) + ": " + e.getMessage(), e);
            }
            Duration delay = backoffs.get(walker).nextDelay();
            log.warn("Reading {} failed ({}{}), retry {} in {} ms", describe(walker), e.getMessage(),
                    e.httpStatus() > 0 ? ", HTTP " + e.httpStatus() : "", backoffs.get(walker).failures(),
                    delay.toMillis());
            dueAt.put(walker, clock.instant().plus(delay));
            return List.of();
        }
        if (backoffs.get(walker).failures() > 0) {
            log.info("Reading {} works again after {} failed attempts", describe(walker), backoffs.get(walker).failures());
            backoffs.get(walker).reset();
        }
        retryPolicies.get(walker).succeeded();
        metrics.pageRead();
        metrics.ordersPolled(emissions.size());
        metrics.passedOver(walker.lastPassedOver());
        metrics.unchanged(walker.lastUnchanged());
        // Re-inserted at the end so that, on equal due times, the other partition goes next.
        dueAt.remove(walker);
        dueAt.put(walker, walker.walking() ? clock.instant() : clock.instant().plus(pollInterval));
        List<SourceRecord> out = new ArrayList<>(emissions.size());
        for (Emission emission : emissions) {
            out.add(records.toRecord(walker.partition(), emission));
        }
        return out;
    }

    /** Ends the current wait and makes every later poll() return null. */
    public void stop() {
        stopped = true;
        sleeper.wake();
    }

    private PartitionWalker nextDue() {
        PartitionWalker next = null;
        for (Map.Entry<PartitionWalker, Instant> entry : dueAt.entrySet()) {
            if (next == null || entry.getValue().isBefore(dueAt.get(next))) {
                next = entry.getKey();
            }
        }
        return next;
    }

    private static String describe(PartitionWalker walker) {
        return walker.partition().entity().name().toLowerCase() + " orders of X3 folder " + walker.partition().folder();
    }
}
