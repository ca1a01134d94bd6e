package dev.x3ups.x3.simulator.api1;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.x3ups.x3.simulator.data.Field;
import dev.x3ups.x3.simulator.data.FieldType;
import dev.x3ups.x3.simulator.http.Json;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RowWriterTest {

    private final List<Field> fields = List.of(Field.alpha("BPDADDLIG", 50, 3), Field.of("DSPTOTWEI", FieldType.DECIMAL),
            Field.of("ORDDAT", FieldType.DATE), Field.of("UPDDATTIM", FieldType.DATETIME), Field.of("ORDSTA", FieldType.MENU),
            Field.alpha("CNDNAM", 35), Field.of("SHIDAT", FieldType.DATE));
    private final Map<String, Object> values = Map.of("BPDADDLIG", List.of("12 Main St", "Suite 4", ""),
            "DSPTOTWEI", new BigDecimal("12.500"), "ORDDAT", LocalDate.parse("2025-01-14"),
            "UPDDATTIM", Instant.parse("2025-01-15T10:00:05Z"), "ORDSTA", 1);

    @Test
    void arrayStyle() {
        ObjectNode n = Json.object();
        new RowWriter(DimensionStyle.ARRAY).write(n, values, fields);
        assertThat(n.toString()).isEqualTo("{\"BPDADDLIG\":[\"12 Main St\",\"Suite 4\",\"\"],\"DSPTOTWEI\":12.500,"
                + "\"ORDDAT\":\"2025-01-14\",\"UPDDATTIM\":\"2025-01-15T10:00:05Z\",\"ORDSTA\":1,\"CNDNAM\":\"\",\"SHIDAT\":null}");
    }

    @Test
    void indexedStyle() {
        ObjectNode n = Json.object();
        new RowWriter(DimensionStyle.INDEXED).write(n, values, fields);
        assertThat(n.get("BPDADDLIG_1").asText()).isEqualTo("12 Main St");
        assertThat(n.get("BPDADDLIG_2").asText()).isEqualTo("Suite 4");
        assertThat(n.get("BPDADDLIG_3").asText()).isEmpty();
        assertThat(n.has("BPDADDLIG")).isFalse();
    }
}
