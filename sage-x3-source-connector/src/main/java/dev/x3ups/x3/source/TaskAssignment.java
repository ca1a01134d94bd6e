package dev.x3ups.x3.source;

import dev.x3ups.records.OrderKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.kafka.connect.util.ConnectorUtils;

/** Splits the connector's entities (its {folder, entity} partitions) among tasks. */
final class TaskAssignment {

    /** Internal task setting: the entities one task reads. */
    static final String TASK_ENTITIES_CONFIG = "task.entities";

    private TaskAssignment() {
    }

    /** One config per task, never more tasks than entities. */
    static List<Map<String, String>> split(Map<String, String> connectorProps, List<OrderKind> entities, int maxTasks) {
        int tasks = Math.max(1, Math.min(maxTasks, entities.size()));
        List<Map<String, String>> configs = new ArrayList<>();
        for (List<OrderKind> group : ConnectorUtils.groupPartitions(entities, tasks)) {
            Map<String, String> props = new HashMap<>(connectorProps);
            props.put(TASK_ENTITIES_CONFIG, group.stream().map(Enum::name).collect(Collectors.joining(",")));
            configs.add(props);
        }
        return configs;
    }

    /** The entities of a task; all configured entities when the task setting is missing. */
    static List<OrderKind> entitiesOf(Map<String, String> taskProps, List<OrderKind> configured) {
        String value = taskProps.get(TASK_ENTITIES_CONFIG);
        if (value == null || value.isBlank()) {
            return configured;
        }
        List<OrderKind> entities = new ArrayList<>();
        for (String entity : value.split(",")) {
            entities.add(OrderKind.valueOf(entity.trim().toUpperCase(Locale.ROOT)));
        }
        return entities;
    }
}
