package dev.x3ups.x3.source.offset;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OffsetAlterationTest {

    @Test
    void alterationAcceptsValidOffsetsAndResets() {
        Map<Map<String, ?>, Map<String, ?>> offsets = new HashMap<>();
        offsets.put(Map.of("folder", "SEED", "entity", "SALES"), Map.of("timestamp", "2026-01-31T00:00:00Z", "key", ""));
        offsets.put(Map.of("folder", "OLD", "entity", "PURCHASE"), null);

        OffsetAlteration.validate("SEED", offsets);
    }

    @Test
    void alterationRejectsWithThePartitionAndTheReason() {
        Map<Map<String, ?>, Map<String, ?>> badTime = new HashMap<>();
        badTime.put(Map.of("folder", "SEED", "entity", "SALES"), Map.of("timestamp", "31/01/2026"));
        assertThatThrownBy(() -> OffsetAlteration.validate("SEED", badTime))
                .hasMessageContaining("Invalid source offset").hasMessageContaining("entity=SALES")
                .hasMessageContaining("ISO-8601");

        Map<Map<String, ?>, Map<String, ?>> otherFolder = new HashMap<>();
        otherFolder.put(Map.of("folder", "TEST", "entity", "SALES"), Map.of("timestamp", "2026-01-31T00:00:00Z"));
        assertThatThrownBy(() -> OffsetAlteration.validate("SEED", otherFolder))
                .hasMessageContaining("folder 'TEST' is not this connector's folder 'SEED'");

        Map<Map<String, ?>, Map<String, ?>> badPartition = new HashMap<>();
        badPartition.put(Map.of("folder", "SEED", "entity", "INVOICE"), null);
        assertThatThrownBy(() -> OffsetAlteration.validate("SEED", badPartition))
                .hasMessageContaining("Invalid source partition");
    }
}
