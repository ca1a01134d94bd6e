package dev.x3ups.x3.simulator.graphql;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.x3ups.x3.simulator.http.Json;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Relay connections over node maps: filter, sort, opaque cursors (base64 of the row's sort values, so they
 * survive inserts and updates), {@code first}/{@code after}, {@code totalCount}.
 */
public final class Connections {

    public static final int DEFAULT_FIRST = 20;
    public static final int MAX_FIRST = 1000;

    private Connections() {
    }

    public static Map<String, Object> connection(List<Map<String, Object>> nodes, Integer first, String after,
                                                 String filter, String orderBy) {
        NodeFilter f = NodeFilter.parse(filter);
        Map<String, Object> sample = nodes.isEmpty() ? null : nodes.get(0);
        NodeOrder order = NodeOrder.parse(orderBy, sample);
        List<Map<String, Object>> matching = new ArrayList<>();
        for (Map<String, Object> n : nodes) {
            if (f.matches(n)) {
                matching.add(n);
            }
        }
        matching.sort((a, b) -> order.compare(order.values(a), order.values(b)));
        return page(matching, order, first, after);
    }

    static Map<String, Object> page(List<Map<String, Object>> sorted, NodeOrder order, Integer first, String after) {
        int size = first == null ? DEFAULT_FIRST : Math.min(MAX_FIRST, first);
        if (size < 0) {
            throw new FilterSyntaxException("first must not be negative");
        }
        List<Object> position = after == null || after.isEmpty() ? null : decode(after, order.size());
        List<Map<String, Object>> edges = new ArrayList<>();
        int remaining = 0;
        for (Map<String, Object> node : sorted) {
            List<Object> values = order.values(node);
            if (position != null && order.compare(values, position) <= 0) {
                continue;
            }
            if (edges.size() < size) {
                Map<String, Object> edge = new LinkedHashMap<>();
                edge.put("cursor", encode(values));
                edge.put("node", node);
                edges.add(edge);
            } else {
                remaining++;
            }
        }
        Map<String, Object> pageInfo = new LinkedHashMap<>();
        pageInfo.put("endCursor", edges.isEmpty() ? null : edges.get(edges.size() - 1).get("cursor"));
        pageInfo.put("startCursor", edges.isEmpty() ? null : edges.get(0).get("cursor"));
        pageInfo.put("hasNextPage", remaining > 0);
        pageInfo.put("hasPreviousPage", position != null);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("totalCount", sorted.size());
        out.put("edges", edges);
        out.put("pageInfo", pageInfo);
        return out;
    }

    static String encode(List<Object> values) {
        List<Object> plain = new ArrayList<>();
        for (Object v : values) {
            plain.add(v instanceof BigDecimal d ? d.toPlainString() : v);
        }
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString(Json.write(plain).getBytes(StandardCharsets.UTF_8));
    }

    static List<Object> decode(String cursor, int expected) {
        try {
            String json = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            List<Object> values = Json.MAPPER.readValue(json, new TypeReference<List<Object>>() { });
            if (values.size() != expected) {
                throw new FilterSyntaxException("cursor does not belong to this orderBy");
            }
            return values;
        } catch (IllegalArgumentException | java.io.IOException e) {
            throw new FilterSyntaxException("invalid cursor");
        }
    }
}
