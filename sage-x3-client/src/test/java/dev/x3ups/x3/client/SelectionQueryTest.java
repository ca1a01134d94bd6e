package dev.x3ups.x3.client;

import static org.assertj.core.api.Assertions.assertThat;

import dev.x3ups.x3.client.SelectionQuery.Criterion;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SelectionQueryTest {
    private static final SelectionQuery.Syntax NAMES = new SelectionQuery.Syntax() {
        @Override
        public String updatedSince(Instant since) {
            return "since " + since;
        }

        @Override
        public String in(Criterion criterion, List<String> values) {
            return criterion + " " + values;
        }

        @Override
        public String free(String where) {
            return "free " + where;
        }
    };

    @Test
    void sinceToTheSecondThenTheSetCriteriaSortedThenTheFreeFilter() {
        OrderSelection selection = new OrderSelection(Set.of("2", "1"), Set.of(), Set.of("UPS"), Set.of(), "  x = 1 ");

        assertThat(SelectionQuery.parts(selection, Instant.parse("2026-03-01T10:00:05.900Z"), NAMES)).containsExactly(
                "since 2026-03-01T10:00:05Z", "STATUS [1, 2]", "CARRIER [UPS]", "free x = 1");
    }

    @Test
    void anEmptySelectionIsOnlyTheBound() {
        assertThat(SelectionQuery.parts(OrderSelection.ALL, Instant.parse("2026-03-01T10:00:00Z"), NAMES))
                .containsExactly("since 2026-03-01T10:00:00Z");
    }
}
