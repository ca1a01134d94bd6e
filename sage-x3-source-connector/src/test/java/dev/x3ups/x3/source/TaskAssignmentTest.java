package dev.x3ups.x3.source;

import static org.assertj.core.api.Assertions.assertThat;

import dev.x3ups.records.OrderKind;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TaskAssignmentTest {

    private static final Map<String, String> PROPS = Map.of("x3.endpoint", "SEED");
    private static final List<OrderKind> BOTH = List.of(OrderKind.SALES, OrderKind.PURCHASE);

    @Test
    void givesEachEntityItsOwnTaskWhenAllowed() {
        List<Map<String, String>> configs = TaskAssignment.split(PROPS, BOTH, 5);

        assertThat(configs).hasSize(2);
        assertThat(configs).extracting(c -> c.get(TaskAssignment.TASK_ENTITIES_CONFIG)).containsExactly("SALES", "PURCHASE");
        assertThat(configs).allSatisfy(c -> assertThat(c).containsEntry("x3.endpoint", "SEED"));
    }

    @Test
    void oneTaskReadsBothEntities() {
        List<Map<String, String>> configs = TaskAssignment.split(PROPS, BOTH, 1);

        assertThat(configs).singleElement().satisfies(c ->
                assertThat(TaskAssignment.entitiesOf(c, List.of())).containsExactly(OrderKind.SALES, OrderKind.PURCHASE));
    }

    @Test
    void aTaskWithoutAssignmentReadsTheConfiguredEntities() {
        assertThat(TaskAssignment.entitiesOf(Map.of(), List.of(OrderKind.PURCHASE))).containsExactly(OrderKind.PURCHASE);
        assertThat(TaskAssignment.entitiesOf(Map.of(TaskAssignment.TASK_ENTITIES_CONFIG, "purchase"), BOTH))
                .containsExactly(OrderKind.PURCHASE);
    }
}
