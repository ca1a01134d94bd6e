package dev.x3ups.x3.source.poll;

import dev.x3ups.records.Order;
import dev.x3ups.x3.client.Fingerprint;
import dev.x3ups.x3.client.OrderFeed;
import dev.x3ups.x3.client.OrderPage;
import dev.x3ups.x3.client.OrderSelection;
import dev.x3ups.x3.client.RecentValues;
import dev.x3ups.x3.client.X3Exception;
import dev.x3ups.x3.source.offset.OrderOffset;
import dev.x3ups.x3.source.offset.OrderPartition;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Walks the changed orders of one partition page by page, from {@code offset.timestamp - overlap},
 * and decides which rows are news.
 *
 * <p>A row above the offset {@code (timestamp, key)} is emitted and becomes the offset (rows come in
 * ascending order, so offsets only grow). A row at or below it is dropped, unless it lies in the
 * overlap window and this run has not handled it: then X3 committed it late, and it is emitted with
 * the current offset. The first walk after start cannot tell late rows from rows emitted before the
 * restart, so it takes the stored offset at its word and only records what it sees.
 *
 * <p>An order X3 withdrew before the selection's {@code cancellationsSince} is passed over like a row
 * already handled: nothing of it can have been shipped by this source (see {@link CancellationBound}).
 *
 * <p>Rows the feed passed over (our own write-back's echo, see {@link OrderPage#passedOver()}) move the offset
 * like handled rows and emit nothing. An order whose content (all but revision and write-back) equals what this
 * walker last emitted for its key is not emitted again: X3 moved its timestamp, nothing the UPS sink acts on.
 */
final class PartitionWalker {

    /**
     * Orders whose last emitted content is remembered: about what a large site has in flight (2,000 orders a day
     * for a month and a half) at some 100 bytes each; an order forgotten is only emitted once more.
     */
    static final int REMEMBERED_CONTENTS = 100_000;

    private final OrderPartition partition;
    private final OrderFeed feed;
    private final OrderSelection selection;
    private final int pageSize;
    private final Duration overlap;
    private final Clock clock;
    private final OverlapLedger ledger = new OverlapLedger();
    private final RecentValues<Long> emitted = new RecentValues<>(REMEMBERED_CONTENTS);

    private OrderOffset offset;
    private OrderPage previous;
    private boolean primed;
    private Instant windowStart;
    private Instant walkStartedAt;
    private Instant caughtUpTo = Instant.EPOCH;

    PartitionWalker(OrderPartition partition, OrderOffset offset, OrderFeed feed, OrderSelection selection,
                    int pageSize, Duration overlap, Clock clock) {
        this.partition = partition;
        this.offset = offset;
        this.feed = feed;
        this.selection = selection;
        this.pageSize = pageSize;
        this.overlap = overlap;
        this.clock = clock;
    }

    /** Reads one page: the first page of a new walk, or the next page of the walk in progress. */
    List<Emission> nextPage() throws X3Exception {
        OrderPage page;
        if (previous == null) {
            Instant startedAt = clock.instant();
            Instant since = offset.timestamp().minus(overlap);
            page = feed.firstPage(partition.entity(), since, selection, pageSize);
            walkStartedAt = startedAt;
            windowStart = since;
        } else {
            page = feed.nextPage(previous);
        }
        List<Emission> emissions = new ArrayList<>();
        for (Row row : rows(page)) {
            Order order = row.order();
            OrderOffset position = row.position();
            if (order == null) {
                if (position.isAfter(offset)) {
                    offset = position;
                }
                continue;
            }
            boolean handled = ledger.contains(order.key(), order.revision(), order.hashCode());
            boolean news = position.isAfter(offset)
                    || primed && !handled && !order.revision().isBefore(windowStart);
            if (position.isAfter(offset)) {
                offset = position;
            }
            if (news && !cancelledBeforeBound(order)) {
                long content = content(order);
                Long last = emitted.get(order.key());
                if (last == null || last != content) {
                    emissions.add(new Emission(order, offset));
                    emitted.put(order.key(), content);
                }
            }
            ledger.remember(order.key(), order.revision(), order.hashCode());
        }
        previous = page.hasNext() ? page : null;
        if (previous == null) {
            primed = true;
            caughtUpTo = walkStartedAt;
            ledger.forgetBefore(offset.timestamp().minus(overlap));
        }
        return emissions;
    }

    /** A page's orders and passed-over rows, in the feed's ascending order. */
    private static List<Row> rows(OrderPage page) {
        List<Row> rows = new ArrayList<>();
        page.orders().forEach(order -> rows.add(new Row(new OrderOffset(order.revision(), order.key()), order)));
        page.passedOver().forEach(passed -> rows.add(new Row(new OrderOffset(passed.revision(), passed.key()), null)));
        rows.sort(Comparator.comparing(Row::position));
        return rows;
    }

    /** A position in the page and its order; null for a row passed over. */
    private record Row(OrderOffset position, Order order) {
    }

    /** Fingerprint of everything the UPS sink reads from an order: not the revision, not the write-back. */
    static long content(Order order) {
        return Fingerprint.of(new Order(order.kind(), order.folder(), order.number(), order.site(), Instant.EPOCH,
                order.partyCode(), order.shipFrom(), order.shipTo(), order.lines(), order.totalAmount(),
                order.currency(), order.deliveryMode(), order.carrier(), order.status(), order.customerReference(),
                null).toString());
    }

    private boolean cancelledBeforeBound(Order order) {
        Instant bound = selection.cancellationsSince();
        return bound != null && order.isCancelled() && order.revision().isBefore(bound);
    }

    /** Whether a walk has pages left to read. */
    boolean walking() {
        return previous != null;
    }

    OrderPartition partition() {
        return partition;
    }

    OrderOffset offset() {
        return offset;
    }

    /** How far behind X3's clock this partition is: nothing changed before {@code now - lag} is unseen. */
    Duration lag(Instant now) {
        Instant seen = offset.timestamp().isAfter(caughtUpTo) ? offset.timestamp() : caughtUpTo;
        return seen.isAfter(now) ? Duration.ZERO : Duration.between(seen, now);
    }

    int ledgerSize() {
        return ledger.size();
    }
}
