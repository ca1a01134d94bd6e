package dev.x3ups.x3.source.offset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.x3ups.records.OrderKind;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class OrderPartitionTest {

    @Test
    void keysComeInTheOrderConnectUsesWhenItReserializesAPartition() {
        Map<String, String> map = new OrderPartition("SEED", OrderKind.SALES).toMap();

        // Connect reads a partition back into a default-capacity HashMap and serializes it again.
        Map<String, Object> reread = new HashMap<>();
        reread.put("entity", "SALES");
        reread.put("folder", "SEED");
        assertThat(List.copyOf(map.keySet())).containsExactly("folder", "entity")
                .isEqualTo(List.copyOf(reread.keySet()));
        assertThat(OrderPartition.inStoredOrder(map)).isTrue();
        assertThat(OrderPartition.inStoredOrder(new TreeMap<>(Map.of("folder", "SEED", "entity", "SALES"))))
                .isFalse();
    }

    @Test
    void partitionRoundTripsAndExplainsMistakes() {
        OrderPartition partition = new OrderPartition("SEED", OrderKind.PURCHASE);
        assertThat(OrderPartition.fromMap(partition.toMap())).isEqualTo(partition);

        assertThatThrownBy(() -> OrderPartition.fromMap(Map.of("folder", "SEED", "entity", "SALE")))
                .hasMessageContaining("'entity' must be one of [SALES, PURCHASE], got 'SALE'");
        assertThatThrownBy(() -> OrderPartition.fromMap(Map.of("entity", "SALES")))
                .hasMessageContaining("needs 'folder'");
        assertThatThrownBy(() -> OrderPartition.fromMap(Map.of("folder", "SEED", "entity", "SALES", "x", 1)))
                .hasMessageContaining("unknown key 'x'");
        assertThatThrownBy(() -> OrderPartition.fromMap(null)).hasMessageContaining("must not be null");
    }
}
