package dev.x3ups.it.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where Connect runs each task, read from the connectors' status ({@code GET /connectors/{name}/status}): the
 * worker id of a task is its worker's REST host:port.
 */
final class TaskPlacement {

    /** One task of one connector, with its state and worker. */
    record Task(String connector, int id, String state, String workerId) {
        String name() {
            return connector + "-" + id;
        }
    }

    private final List<Task> tasks;

    TaskPlacement(List<Task> tasks) {
        this.tasks = List.copyOf(tasks);
    }

    /** From the status bodies of the connectors, keyed by connector name. */
    static TaskPlacement of(Map<String, JsonNode> statuses) {
        List<Task> tasks = new ArrayList<>();
        statuses.forEach((connector, status) -> {
            for (JsonNode task : status.path("tasks")) {
                tasks.add(new Task(connector, task.path("id").asInt(), task.path("state").asText(),
                        task.path("worker_id").asText()));
            }
        });
        return new TaskPlacement(tasks);
    }

    /** Connect's worker id for a worker REST URL. */
    static String workerId(URI restUrl) {
        return restUrl.getHost() + ":" + restUrl.getPort();
    }

    List<Task> tasks() {
        return tasks;
    }

    List<Task> on(String workerId) {
        return tasks.stream().filter(t -> t.workerId().equals(workerId)).toList();
    }

    /**
     * The worker to crash: the one running the most tasks, the UPS sink's and the webhook listener's counting
     * double — losing them mid-flight is what tests exactly-once shipping and no lost status.
     */
    String busiestWorker() {
        Map<String, Integer> weight = new LinkedHashMap<>();
        for (Task task : tasks) {
            boolean critical = task.connector().equals(Pipeline.UPS_SINK) || task.connector().equals(Pipeline.UPS_TRACKING);
            weight.merge(task.workerId(), critical ? 2 : 1, Integer::sum);
        }
        return weight.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue()
                        .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                .map(Map.Entry::getKey).orElseThrow(() -> new IllegalStateException("no task runs anywhere"));
    }

    /** Whether every task of {@code expected} (by name) is RUNNING on {@code workerId}. */
    boolean allRunningOn(List<Task> expected, String workerId) {
        for (Task wanted : expected) {
            boolean moved = tasks.stream().anyMatch(t -> t.name().equals(wanted.name()) && "RUNNING".equals(t.state())
                    && t.workerId().equals(workerId));
            if (!moved) {
                return false;
            }
        }
        return true;
    }

    boolean allRunning() {
        return !tasks.isEmpty() && tasks.stream().allMatch(t -> "RUNNING".equals(t.state()));
    }

    @Override
    public String toString() {
        return tasks.stream().map(t -> t.name() + "=" + t.state() + "@" + t.workerId()).toList().toString();
    }
}
