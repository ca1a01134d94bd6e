package dev.x3ups.ups.sink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class TaskOwnershipTest {
    @Test
    void everyOrderBelongsToExactlyOneTask() {
        List<TaskOwnership> tasks = IntStream.range(0, 3).mapToObj(i -> new TaskOwnership(i, 3)).toList();
        List<String> keys = IntStream.range(0, 300).mapToObj(i -> "SEED:SALES:SO" + i).toList();

        for (String key : keys) {
            assertThat(tasks.stream().filter(t -> t.test(key)).count()).as(key).isEqualTo(1);
        }
        assertThat(keys.stream().filter(tasks.get(0)).count()).isBetween(60L, 140L);
        assertThat(new TaskOwnership(0, 1).test("anything")).isTrue();
        assertThatThrownBy(() -> new TaskOwnership(3, 3)).isInstanceOf(IllegalArgumentException.class);
    }
}
