package dev.x3ups.ups.simulator.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Rewrites every one-element array below a node into its single element, the v1 (and sometimes real) shape. */
public final class SingleObjects {
    private SingleObjects() {
    }

    public static void collapse(JsonNode node) {
        if (node.isArray()) {
            node.forEach(SingleObjects::collapse);
            return;
        }
        if (!node.isObject()) {
            return;
        }
        ObjectNode object = (ObjectNode) node;
        List<Map.Entry<String, JsonNode>> fields = new ArrayList<>(object.properties());
        for (Map.Entry<String, JsonNode> f : fields) {
            JsonNode value = f.getValue();
            collapse(value);
            if (value.isArray() && value.size() == 1 && value.get(0).isObject()) {
                object.set(f.getKey(), value.get(0));
            }
        }
    }
}
