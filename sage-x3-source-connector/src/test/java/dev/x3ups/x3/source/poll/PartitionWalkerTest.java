package dev.x3ups.x3.source.poll;

import static dev.x3ups.x3.source.testing.FakeOrderFeed.order;
import static org.assertj.core.api.Assertions.assertThat;

import dev.x3ups.records.Order;
import dev.x3ups.records.OrderKind;
import dev.x3ups.testing.MutableClock;
import dev.x3ups.records.WriteBack;
import dev.x3ups.x3.client.OrderFeed;
import dev.x3ups.x3.client.OrderPage;
import dev.x3ups.x3.client.OrderSelection;
import dev.x3ups.x3.client.X3Exception;
import dev.x3ups.x3.source.offset.OrderOffset;
import dev.x3ups.x3.source.offset.OrderPartition;
import dev.x3ups.x3.source.testing.FakeOrderFeed;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PartitionWalkerTest {

    private static final Instant T0 = Instant.parse("2026-05-01T08:00:00Z");
    private static final OrderPartition SALES = new OrderPartition("SEED", OrderKind.SALES);
    private static final Duration OVERLAP = Duration.ofSeconds(10);

    private final FakeOrderFeed feed = new FakeOrderFeed();
    private final MutableClock clock = new MutableClock(T0.plusSeconds(3600));

    private PartitionWalker walker(OrderOffset from, int pageSize) {
        return new PartitionWalker(SALES, from, feed, OrderSelection.ALL, pageSize, OVERLAP, clock);
    }

    /** Reads pages until the walk ends. */
    private static List<Emission> walk(PartitionWalker walker) throws X3Exception {
        List<Emission> all = new ArrayList<>(walker.nextPage());
        while (walker.walking()) {
            all.addAll(walker.nextPage());
        }
        return all;
    }

    private static List<String> numbers(List<Emission> emissions) {
        return emissions.stream().map(e -> e.order().number()).toList();
    }

    @Test
    void emitsEveryOrderOnceWithGrowingOffsetsAcrossPages() throws X3Exception {
        for (int i = 1; i <= 5; i++) {
            feed.put(order(OrderKind.SALES, "SO00" + i, T0.plusSeconds(i)));
        }
        PartitionWalker walker = walker(OrderOffset.before(T0), 2);

        List<Emission> first = walker.nextPage();
        assertThat(numbers(first)).containsExactly("SO001", "SO002");
        assertThat(walker.walking()).isTrue();
        List<Emission> all = new ArrayList<>(first);
        all.addAll(walk(walker));

        assertThat(numbers(all)).containsExactly("SO001", "SO002", "SO003", "SO004", "SO005");
        assertThat(all).extracting(Emission::offset).isSorted();
        assertThat(all.get(4).offset()).isEqualTo(new OrderOffset(T0.plusSeconds(5), "SEED:SALES:SO005"));
        assertThat(walker.offset()).isEqualTo(all.get(4).offset());
        assertThat(walk(walker)).isEmpty();
        assertThat(feed.firstPageSince()).containsExactly(T0.minus(OVERLAP), T0.plusSeconds(5).minus(OVERLAP));
    }

    @Test
    void fiftyOrdersSharingOneTimestampAcrossPagesAreNeitherLostNorRepeated() throws X3Exception {
        for (int i = 0; i < 50; i++) {
            feed.put(order(OrderKind.SALES, String.format("SO%03d", i), T0));
        }
        PartitionWalker walker = walker(OrderOffset.before(T0), 7);

        List<Emission> emitted = walk(walker);

        assertThat(numbers(emitted)).hasSize(50).doesNotHaveDuplicates();
        assertThat(walk(walker)).isEmpty();
    }

    @Test
    void resumesInsideATimestampFromTheStoredKey() throws X3Exception {
        for (int i = 0; i < 10; i++) {
            feed.put(order(OrderKind.SALES, String.format("SO%03d", i), T0));
        }
        PartitionWalker restarted = walker(new OrderOffset(T0, "SEED:SALES:SO004"), 3);

        assertThat(numbers(walk(restarted))).containsExactly("SO005", "SO006", "SO007", "SO008", "SO009");
        assertThat(walk(restarted)).isEmpty();
    }

    @Test
    void aModifiedOrderComesAgainWithItsNewRevision() throws X3Exception {
        feed.put(order(OrderKind.SALES, "SO001", T0)).put(order(OrderKind.SALES, "SO002", T0.plusSeconds(1)));
        PartitionWalker walker = walker(OrderOffset.before(T0), 10);
        walk(walker);

        feed.put(changed(order(OrderKind.SALES, "SO001", T0.plusSeconds(60))));
        List<Emission> again = walk(walker);

        assertThat(again).singleElement().satisfies(e -> {
            assertThat(e.order().number()).isEqualTo("SO001");
            assertThat(e.order().revision()).isEqualTo(T0.plusSeconds(60));
        });
    }

    /** The order with another customer reference: a content change, as a user's save in X3. */
    private static Order changed(Order order) {
        return new Order(order.kind(), order.folder(), order.number(), order.site(), order.revision(),
                order.partyCode(), order.shipFrom(), order.shipTo(), order.lines(), order.totalAmount(),
                order.currency(), order.deliveryMode(), order.carrier(), order.status(), "PO-CHANGED");
    }

    @Test
    void anOrderWhoseRevisionAloneMovedIsNotEmittedAgainButItsPositionIsPassed() throws X3Exception {
        feed.put(order(OrderKind.SALES, "SO001", T0));
        PartitionWalker walker = walker(OrderOffset.before(T0), 10);
        walk(walker);

        Order touched = order(OrderKind.SALES, "SO001", T0.plusSeconds(60))
                .withWriteBack(new WriteBack(List.of("1Z1"), "d1g", T0.plusSeconds(60)));
        feed.put(touched);

        assertThat(walk(walker)).isEmpty();
        assertThat(walker.offset()).isEqualTo(new OrderOffset(T0.plusSeconds(60), "SEED:SALES:SO001"));

        feed.put(changed(order(OrderKind.SALES, "SO001", T0.plusSeconds(120))));
        assertThat(numbers(walk(walker))).containsExactly("SO001");
    }

    @Test
    void rowsTheFeedPassedOverMoveTheOffsetInPageOrderAndEmitNothing() throws X3Exception {
        OrderPage page = new OrderPage(List.of(order(OrderKind.SALES, "SO002", T0.plusSeconds(2))), null,
                List.of(new OrderPage.Passed("SEED:SALES:SO001", T0.plusSeconds(1)),
                        new OrderPage.Passed("SEED:SALES:SO003", T0.plusSeconds(3))));
        OrderFeed onePage = new OrderFeed() {
            @Override
            public OrderPage firstPage(OrderKind kind, Instant since, OrderSelection selection, int pageSize) {
                return page;
            }

            @Override
            public OrderPage nextPage(OrderPage previous) {
                throw new AssertionError("one page only");
            }

            @Override
            public void checkAccess() {
            }

            @Override
            public void close() {
            }
        };
        PartitionWalker walker = new PartitionWalker(SALES, OrderOffset.before(T0), onePage, OrderSelection.ALL, 10,
                OVERLAP, clock);

        List<Emission> emitted = walker.nextPage();

        // SO002's record carries its own position, not SO003's: a record's offset never runs ahead of the page
        assertThat(emitted).singleElement().satisfies(e -> {
            assertThat(e.order().number()).isEqualTo("SO002");
            assertThat(e.offset()).isEqualTo(new OrderOffset(T0.plusSeconds(2), "SEED:SALES:SO002"));
        });
        assertThat(walker.offset()).isEqualTo(new OrderOffset(T0.plusSeconds(3), "SEED:SALES:SO003"));
    }

    @Test
    void aLateCommitInsideTheOverlapIsEmittedOnceWithoutMovingTheOffsetBack() throws X3Exception {
        feed.put(order(OrderKind.SALES, "SO010", T0.plusSeconds(20)));
        PartitionWalker walker = walker(OrderOffset.before(T0), 10);
        walk(walker);
        OrderOffset high = walker.offset();

        // committed after our walk with an UPDDATTIM 5 s before the newest order we saw
        feed.put(order(OrderKind.SALES, "SO005", T0.plusSeconds(15)));
        List<Emission> late = walk(walker);

        assertThat(numbers(late)).containsExactly("SO005");
        assertThat(late.get(0).offset()).isEqualTo(high);
        assertThat(walker.offset()).isEqualTo(high);
        assertThat(walk(walker)).isEmpty();
    }

    @Test
    void aLateCommitOlderThanTheOverlapIsNotSeen() throws X3Exception {
        feed.put(order(OrderKind.SALES, "SO010", T0.plusSeconds(20)));
        PartitionWalker walker = walker(OrderOffset.before(T0), 10);
        walk(walker);

        feed.put(order(OrderKind.SALES, "SO001", T0.plusSeconds(5)));

        assertThat(walk(walker)).isEmpty();
    }

    @Test
    void theFirstWalkAfterARestartTrustsTheStoredOffsetInsideTheOverlap() throws X3Exception {
        feed.put(order(OrderKind.SALES, "SO001", T0.plusSeconds(1)))
                .put(order(OrderKind.SALES, "SO002", T0.plusSeconds(2)))
                .put(order(OrderKind.SALES, "SO003", T0.plusSeconds(3)));
        PartitionWalker restarted = walker(new OrderOffset(T0.plusSeconds(2), "SEED:SALES:SO002"), 10);

        assertThat(numbers(walk(restarted))).containsExactly("SO003");
        assertThat(walk(restarted)).isEmpty();
        assertThat(restarted.ledgerSize()).isEqualTo(3);
    }

    @Test
    void forgetsRevisionsThatLeftTheOverlapWindow() throws X3Exception {
        feed.put(order(OrderKind.SALES, "SO001", T0));
        PartitionWalker walker = walker(OrderOffset.before(T0), 10);
        walk(walker);
        feed.put(order(OrderKind.SALES, "SO002", T0.plusSeconds(60)));

        walk(walker);

        assertThat(walker.ledgerSize()).isEqualTo(1);
    }

    @Test
    void lagIsTheAgeOfTheNewestChangeKnownToBeRead() throws X3Exception {
        feed.put(order(OrderKind.SALES, "SO001", T0)).put(order(OrderKind.SALES, "SO002", T0.plusSeconds(1)));
        PartitionWalker walker = walker(OrderOffset.before(T0), 1);
        Instant now = clock.instant();

        walker.nextPage();
        assertThat(walker.lag(now)).isEqualTo(Duration.between(T0, now));

        walk(walker);
        assertThat(walker.lag(now.plusSeconds(5))).isEqualTo(Duration.ofSeconds(5));
    }

    private static Order cancelled(String number, Instant revision) {
        Order open = order(OrderKind.SALES, number, revision);
        return new Order(open.kind(), open.folder(), open.number(), open.site(), open.revision(), open.partyCode(),
                open.shipFrom(), open.shipTo(), open.lines(), open.totalAmount(), open.currency(),
                open.deliveryMode(), open.carrier(), Order.CANCELLED, open.customerReference());
    }

    @Test
    void ordersCancelledBeforeTheBoundArePassedOverButStillMoveTheOffset() throws X3Exception {
        Instant bound = T0.plusSeconds(3);
        feed.put(order(OrderKind.SALES, "SO001", T0.plusSeconds(1)));
        feed.put(cancelled("SO002", T0.plusSeconds(2)));
        feed.put(cancelled("SO003", T0.plusSeconds(4)));
        PartitionWalker walker = new PartitionWalker(SALES, OrderOffset.before(T0), feed,
                OrderSelection.ALL.withCancellationsSince(bound), 10, OVERLAP, clock);

        List<Emission> emitted = walk(walker);

        assertThat(numbers(emitted)).as("cancelled before the source could have shipped it: not announced")
                .containsExactly("SO001", "SO003");
        assertThat(emitted.get(1).order().isCancelled()).isTrue();
        assertThat(walker.offset()).isEqualTo(new OrderOffset(T0.plusSeconds(4), "SEED:SALES:SO003"));

        feed.put(cancelled("SO001", T0.plusSeconds(20)));
        assertThat(numbers(walk(walker))).as("cancelled after it was read: announced once").containsExactly("SO001");
        assertThat(walk(walker)).isEmpty();
    }

    @Test
    void aSecondChangeStampedWithTheSameSecondIsEmittedOnce() throws X3Exception {
        feed.put(order(OrderKind.SALES, "SO001", T0.plusSeconds(1)));
        PartitionWalker walker = walker(OrderOffset.before(T0), 10);
        assertThat(numbers(walk(walker))).containsExactly("SO001");

        // cancelled in X3 within the second of the last change: UPDDATTIM does not move
        feed.put(cancelled("SO001", T0.plusSeconds(1)));

        assertThat(walk(walker)).singleElement().satisfies(e -> assertThat(e.order().isCancelled()).isTrue());
        assertThat(walk(walker)).isEmpty();
    }
}
