package dev.x3ups.ups.tracking.reconcile;

import static dev.x3ups.ups.tracking.reconcile.QuantumViewEventMapperTest.qv;
import static org.assertj.core.api.Assertions.assertThat;

import dev.x3ups.ups.client.quantumview.QuantumViewBatch;
import dev.x3ups.ups.client.quantumview.QuantumViewEvent.Kind;
import dev.x3ups.ups.client.quantumview.QuantumViewQuery;
import dev.x3ups.ups.tracking.events.ObservedEvent;
import dev.x3ups.ups.tracking.events.TrackingOffsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

class QuantumViewPollerTest {
    private static final Instant NOW = Instant.parse("2026-11-27T16:00:00Z");
    private final List<QuantumViewQuery> queries = new ArrayList<>();

    private final List<String> bookmarks = new ArrayList<>();

    private CompletableFuture<QuantumViewBatch> answer(QuantumViewQuery query, String bookmark) {
        queries.add(query);
        bookmarks.add(bookmark);
        return CompletableFuture.completedFuture(new QuantumViewBatch("SIMSUBSCRIBER", List.of(
                qv(Kind.DELIVERY, "1ZA", "150000", null, null),
                qv(Kind.GENERIC, "1ZA", "120000", null, "FN"),
                qv(Kind.MANIFEST, "1ZA", "080000", null, null)), 2, bookmarks.size() == 1 ? "Qk1L" : null));
    }

    @Test
    void pollsUnreadAndRecordsWhenItDid() throws Exception {
        QuantumViewPoller poller = new QuantumViewPoller(this::answer, "OutboundXML", Duration.ofSeconds(1),
                Clock.fixed(NOW, ZoneOffset.UTC), () -> 0L, null, null);
        assertThat(poller.due(Duration.ofMinutes(1))).isTrue();

        List<ObservedEvent> events = poller.poll();

        assertThat(queries).singleElement().satisfies(q -> {
            assertThat(q.subscriptionName()).isEqualTo("OutboundXML");
            assertThat(q.begin()).as("unread mode").isNull();
        });
        assertThat(events).extracting(e -> e.event().statusType()).containsExactly("M", "D");
        assertThat(events.get(0).references()).containsExactly("SEED:SALES:1");
        ObservedEvent.Cursor cursor = events.get(1).cursor();
        assertThat(cursor.partition()).isEqualTo(TrackingOffsets.reconcilerPartition("quantum-view"));
        assertThat(QuantumViewPoller.lastPollOf(cursor.offset())).isEqualTo(NOW);
        assertThat(QuantumViewPoller.bookmarkOf(cursor.offset())).isEqualTo("Qk1L");
        assertThat(poller.due(Duration.ofMinutes(1))).as("the page cap cut the loop: go on").isTrue();

        poller.poll();
        assertThat(bookmarks).containsExactly(null, "Qk1L");
        assertThat(poller.bookmark()).isNull();
        assertThat(poller.due(Duration.ofMinutes(1))).isFalse();
    }

    @Test
    void resumesAStoredBookmark() throws Exception {
        QuantumViewPoller poller = new QuantumViewPoller(this::answer, "OutboundXML", Duration.ofSeconds(1),
                Clock.fixed(NOW, ZoneOffset.UTC), () -> 0L, NOW, "U1RPUkVE");
        assertThat(poller.due(Duration.ofMinutes(1))).isTrue();
        poller.poll();
        assertThat(bookmarks).containsExactly("U1RPUkVE");
    }

    @Test
    void aStoredPositionDelaysTheNextPollAndAFailureIsRetried() throws Exception {
        QuantumViewPoller poller = new QuantumViewPoller((q, b) -> CompletableFuture.failedFuture(
                new IllegalStateException("330004")), "OutboundXML", Duration.ofSeconds(1),
                Clock.fixed(NOW, ZoneOffset.UTC), () -> 0L, NOW.minusSeconds(30), null);
        assertThat(poller.due(Duration.ofMinutes(1))).isFalse();
        assertThat(poller.due(Duration.ofSeconds(30))).isTrue();
        assertThat(poller.poll()).isEmpty();
        assertThat(poller.due(Duration.ofSeconds(30))).isTrue();
    }
}
