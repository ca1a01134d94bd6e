package dev.x3ups.it.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TaskPlacementTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void readsEachTaskWithItsStateAndWorker() throws Exception {
        TaskPlacement placement = TaskPlacement.of(Map.of("ups-sink", status("w1:1", "RUNNING", "w2:2", "FAILED")));

        assertThat(placement.tasks()).containsExactly(
                new TaskPlacement.Task("ups-sink", 0, "RUNNING", "w1:1"),
                new TaskPlacement.Task("ups-sink", 1, "FAILED", "w2:2"));
        assertThat(placement.allRunning()).isFalse();
        assertThat(placement.on("w2:2")).extracting(TaskPlacement.Task::name).containsExactly("ups-sink-1");
    }

    @Test
    void theBusiestWorkerCountsTheUpsSinkAndListenerDouble() throws Exception {
        Map<String, JsonNode> statuses = new LinkedHashMap<>();
        statuses.put(Pipeline.X3_SOURCE, status("a:1", "RUNNING", "a:1", "RUNNING"));
        statuses.put(Pipeline.UPS_SINK, status("b:2", "RUNNING"));
        statuses.put(Pipeline.UPS_TRACKING, status("b:2", "RUNNING"));

        assertThat(TaskPlacement.of(statuses).busiestWorker()).isEqualTo("b:2");
    }

    @Test
    void tasksHaveMovedOnlyWhenEachRunsOnTheTargetWorker() throws Exception {
        TaskPlacement before = TaskPlacement.of(Map.of("c", status("dead:1", "RUNNING", "alive:2", "RUNNING")));
        var orphaned = before.on("dead:1");

        assertThat(TaskPlacement.of(Map.of("c", status("dead:1", "RUNNING", "alive:2", "RUNNING")))
                .allRunningOn(orphaned, "alive:2")).isFalse();
        assertThat(TaskPlacement.of(Map.of("c", status("alive:2", "UNASSIGNED", "alive:2", "RUNNING")))
                .allRunningOn(orphaned, "alive:2")).isFalse();
        assertThat(TaskPlacement.of(Map.of("c", status("alive:2", "RUNNING", "alive:2", "RUNNING")))
                .allRunningOn(orphaned, "alive:2")).isTrue();
    }

    @Test
    void aWorkerIdIsItsRestHostAndPort() {
        assertThat(TaskPlacement.workerId(URI.create("http://127.0.0.1:41575/"))).isEqualTo("127.0.0.1:41575");
    }

    /** A connector status body with one task per (worker, state) pair, ids from 0. */
    private static JsonNode status(String... workerAndState) throws Exception {
        StringBuilder tasks = new StringBuilder();
        for (int i = 0; i < workerAndState.length; i += 2) {
            tasks.append(i == 0 ? "" : ",").append("{\"id\":").append(i / 2).append(",\"state\":\"")
                    .append(workerAndState[i + 1]).append("\",\"worker_id\":\"").append(workerAndState[i]).append("\"}");
        }
        return JSON.readTree("{\"connector\":{\"state\":\"RUNNING\"},\"tasks\":[" + tasks + "]}");
    }
}
