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

        @Override
        public String withdrawnSince(Instant since) {
            return "withdrawn since " + since;
        }

        @Override
        public String either(String one, String other) {
            return one + " or " + other;
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

    @Test
    void withdrawnOrdersPassTheStatusFilterFromTheirMoment() {
        OrderSelection selection = new OrderSelection(Set.of("1"), Set.of(), Set.of(), Set.of(), null)
                .withCancellationsSince(Instant.parse("2026-03-01T09:00:00.700Z"));

        assertThat(SelectionQuery.parts(selection, Instant.parse("2026-03-01T10:00:00Z"), NAMES)).containsExactly(
                "since 2026-03-01T10:00:00Z", "STATUS [1] or withdrawn since 2026-03-01T09:00:00Z");
    }

    @Test
    void withoutAStatusFilterEveryOrderIsReadAnyway() {
        OrderSelection selection = OrderSelection.ALL.withCancellationsSince(Instant.parse("2026-03-01T09:00:00Z"));

        assertThat(SelectionQuery.parts(selection, Instant.parse("2026-03-01T10:00:00Z"), NAMES))
                .containsExactly("since 2026-03-01T10:00:00Z");
    }
}
