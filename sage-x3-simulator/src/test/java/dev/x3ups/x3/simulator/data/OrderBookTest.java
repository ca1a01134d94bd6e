package dev.x3ups.x3.simulator.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OrderBookTest {

    private final Instant t0 = Instant.parse("2025-01-15T10:00:00Z");

    private static OrderRecord order(String number, Instant at) {
        return new OrderRecord(OrderKind.SALES, number, "u-" + number, Map.of("SOHNUM", number, "UPDDATTIM", at,
                "ORDSTA", 1), List.of());
    }

    @Test
    void numbersInSequenceAndKeepsSnapshotsImmutable() {
        OrderBook book = new OrderBook(OrderKind.SALES);
        OrderRecord first = book.create(n -> order(n, t0));
        OrderRecord second = book.create(n -> order(n, t0));
        assertThat(first.number()).isEqualTo("SO000001");
        assertThat(second.number()).isEqualTo("SO000002");
        OrderRecord changed = book.modify("SO000001", Map.of("ORDSTA", 2), t0.plusSeconds(5)).orElseThrow();
        assertThat(changed.get("ORDSTA")).isEqualTo(2);
        assertThat(changed.updated()).isEqualTo(t0.plusSeconds(5));
        assertThat(first.get("ORDSTA")).as("earlier snapshot unchanged").isEqualTo(1);
        assertThat(book.all()).extracting(OrderRecord::number).containsExactly("SO000001", "SO000002");
        assertThat(book.modify("SO000009", Map.of(), t0)).isEmpty();
    }

    @Test
    void trackingBookRefusesDuplicates() {
        TrackingBook book = new TrackingBook();
        TrackingRecord r = new TrackingRecord("u", Map.of("YORDNUM", "SO000001"));
        assertThat(book.insert(r)).isTrue();
        assertThat(book.insert(r)).isFalse();
        assertThat(book.find("SO000001")).contains(r);
    }
}
