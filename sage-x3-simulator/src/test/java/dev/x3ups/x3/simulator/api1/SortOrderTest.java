package dev.x3ups.x3.simulator.api1;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.x3ups.x3.simulator.data.Field;
import dev.x3ups.x3.simulator.data.FieldType;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SortOrderTest {

    private final Set<String> sortable = Set.of("SOHNUM", "UPDDATTIM", "BPDCRY");

    @Test
    void appendsTheKeyAndAcceptsSemicolons() {
        SortOrder order = SortOrder.parse("UPDDATTIM desc;BPDCRY", "SOHNUM", sortable);
        assertThat(order.terms()).extracting(SortOrder.Term::field).containsExactly("UPDDATTIM", "BPDCRY", "SOHNUM");
        assertThat(order.terms().get(0).descending()).isTrue();
        assertThat(order.explicit()).isTrue();
        assertThat(SortOrder.parse(null, "SOHNUM", sortable).terms()).hasSize(1);
    }

    @Test
    void keyConditionRoundTripsThroughNextKey() {
        SortOrder order = SortOrder.parse("UPDDATTIM asc", "SOHNUM", sortable);
        Map<String, Object> row = Map.of("SOHNUM", "SO000002", "UPDDATTIM", Instant.parse("2025-01-15T10:00:00Z"));
        String key = KeyCondition.after(row, order);
        assertThat(key).isEqualTo("gt.2025-01-15T10:00:00Z~SO000002");
        KeyCondition c = KeyCondition.parse(key, order, name -> name.equals("UPDDATTIM")
                ? Field.of(name, FieldType.DATETIME) : Field.alpha(name, 20));
        assertThat(c.test(row, order)).isFalse();
        assertThat(c.test(Map.of("SOHNUM", "SO000003", "UPDDATTIM", Instant.parse("2025-01-15T10:00:00Z")), order)).isTrue();
        assertThat(c.test(Map.of("SOHNUM", "SO000001", "UPDDATTIM", Instant.parse("2025-01-15T10:00:01Z")), order)).isTrue();
        assertThat(c.test(Map.of("SOHNUM", "SO000009", "UPDDATTIM", Instant.parse("2025-01-15T09:59:59Z")), order)).isFalse();
    }

    @Test
    void refusesUnsortableProperties() {
        assertThatThrownBy(() -> SortOrder.parse("TEL", "SOHNUM", sortable)).isInstanceOf(WhereSyntaxException.class);
        assertThatThrownBy(() -> SortOrder.parse("SOHNUM up", "SOHNUM", sortable)).isInstanceOf(WhereSyntaxException.class);
    }
}
