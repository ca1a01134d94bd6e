package dev.x3ups.ups.sink.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import dev.x3ups.records.Money;
import dev.x3ups.records.Order;
import dev.x3ups.records.ShipmentLedgerEntry;
import dev.x3ups.ups.sink.support.SinkOrders;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class LedgerCodecTest {
    private final LedgerCodec codec = new LedgerCodec("ups.shipments");
    private final LedgerEntries entries = new LedgerEntries(Clock.fixed(Instant.parse("2026-11-27T12:00:00Z"), ZoneOffset.UTC));

    @Test
    void entriesTravelAsJsonWithTheirSchemaKeyedByOrder() {
        Order order = SinkOrders.order("SO1");
        ShipmentLedgerEntry entry = entries.created(order, "d1", order.key(), "1Z1", List.of("1Z1", "1Z2"), "03",
                new Money(new BigDecimal("12.40"), "USD"), null);

        byte[] value = codec.value(entry);

        assertThat(new String(value, StandardCharsets.UTF_8)).contains("\"schema\"").contains("\"CREATED\"");
        assertThat(LedgerCodec.orderKey(codec.key(entry))).isEqualTo(order.key());
        ShipmentLedgerEntry back = codec.entry(value);
        assertThat(back.trackingNumbers()).containsExactly("1Z1", "1Z2");
        assertThat(back.billedCharges().amount()).isEqualByComparingTo("12.40");
        assertThat(back.updatedAt()).isEqualTo(Instant.parse("2026-11-27T12:00:00Z"));
    }

    @Test
    void aTombstoneHasNoEntry() {
        assertThat(codec.entry(null)).isNull();
        assertThat(LedgerCodec.orderKey(null)).isNull();
    }
}
