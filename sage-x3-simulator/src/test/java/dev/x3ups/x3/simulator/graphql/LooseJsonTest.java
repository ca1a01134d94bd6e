package dev.x3ups.x3.simulator.graphql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LooseJsonTest {

    @Test
    void readsUnquotedKeysSingleQuotesNumbersAndNesting() {
        Map<String, Object> m = LooseJson.parseObject(
                "{_updateStamp: {_gte: '2025-01-15T10:00:00Z'}, \"id\": {_in: ['A', \"B\"]}, n: -1.5, ok: true, x: null}");
        assertThat(m.get("_updateStamp")).isEqualTo(Map.of("_gte", "2025-01-15T10:00:00Z"));
        assertThat(((Map<?, ?>) m.get("id")).get("_in")).isEqualTo(List.of("A", "B"));
        assertThat(m.get("n")).isEqualTo(new BigDecimal("-1.5"));
        assertThat(m.get("ok")).isEqualTo(true);
        assertThat(m).containsEntry("x", null);
    }

    @Test
    void refusesMalformedText() {
        assertThatThrownBy(() -> LooseJson.parseObject("{id: 'x'")).isInstanceOf(FilterSyntaxException.class);
        assertThatThrownBy(() -> LooseJson.parseObject("[1]")).isInstanceOf(FilterSyntaxException.class);
        assertThatThrownBy(() -> LooseJson.parseObject("{id: 'x'} extra")).isInstanceOf(FilterSyntaxException.class);
        assertThatThrownBy(() -> LooseJson.parseObject("{id: bogus}")).isInstanceOf(FilterSyntaxException.class);
    }
}
