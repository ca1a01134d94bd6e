package dev.x3ups.x3.source.offset;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OffsetAlterationTest {

    /** A partition as a PATCH body gives it, keys in the stored order. */
    static Map<String, ?> stored(String entity, String folder) {
        Map<String, Object> partition = new LinkedHashMap<>();
        partition.put("folder", folder);
        partition.put("entity", entity);
        return partition;
    }

    @Test
    void alterationRejectsPartitionKeysInAnotherOrder() {
        Map<String, Object> entityFirst = new LinkedHashMap<>();
        entityFirst.put("entity", "SALES");
        entityFirst.put("folder", "SEED");
        Map<Map<String, ?>, Map<String, ?>> offsets = new HashMap<>();
        offsets.put(entityFirst, Map.of("timestamp", "2026-01-31T00:00:00Z"));

        assertThatThrownBy(() -> OffsetAlteration.validate("SEED", offsets))
                .hasMessageContaining("list \"folder\" before \"entity\"");
    }

    @Test
    void alterationAcceptsValidOffsetsAndResets() {
        Map<Map<String, ?>, Map<String, ?>> offsets = new HashMap<>();
        offsets.put(stored("SALES", "SEED"), Map.of("timestamp", "2026-01-31T00:00:00Z", "key", ""));
        offsets.put(stored("PURCHASE", "OLD"), null);

        OffsetAlteration.validate("SEED", offsets);
    }

    @Test
    void alterationRejectsWithThePartitionAndTheReason() {
        Map<Map<String, ?>, Map<String, ?>> badTime = new HashMap<>();
        badTime.put(stored("SALES", "SEED"), Map.of("timestamp", "31/01/2026"));
        assertThatThrownBy(() -> OffsetAlteration.validate("SEED", badTime))
                .hasMessageContaining("Invalid source offset").hasMessageContaining("entity=SALES")
                .hasMessageContaining("ISO-8601");

        Map<Map<String, ?>, Map<String, ?>> otherFolder = new HashMap<>();
        otherFolder.put(stored("SALES", "TEST"), Map.of("timestamp", "2026-01-31T00:00:00Z"));
        assertThatThrownBy(() -> OffsetAlteration.validate("SEED", otherFolder))
                .hasMessageContaining("folder 'TEST' is not this connector's folder 'SEED'");

        Map<Map<String, ?>, Map<String, ?>> badPartition = new HashMap<>();
        badPartition.put(Map.of("folder", "SEED", "entity", "INVOICE"), null);
        assertThatThrownBy(() -> OffsetAlteration.validate("SEED", badPartition))
                .hasMessageContaining("Invalid source partition");
    }
}
