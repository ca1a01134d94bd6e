package dev.x3ups.x3.simulator.graphql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConnectionsTest {

    private static List<Map<String, Object>> nodes() {
        List<Map<String, Object>> out = new ArrayList<>();
        for (int i = 45; i >= 1; i--) {
            Map<String, Object> n = new LinkedHashMap<>();
            n.put("id", String.format("SO%06d", i));
            n.put("_updateStamp", i <= 40 ? "2025-01-15T10:00:00Z" : "2025-01-15T10:00:0" + (i - 40) + "Z");
            out.add(n);
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private static List<String> ids(Map<String, Object> connection) {
        List<String> out = new ArrayList<>();
        for (Object e : (List<Object>) connection.get("edges")) {
            out.add((String) ((Map<String, Object>) ((Map<String, Object>) e).get("node")).get("id"));
        }
        return out;
    }

    @Test
    @SuppressWarnings("unchecked")
    void pagesThroughEqualStampsWithCursors() {
        List<String> seen = new ArrayList<>();
        String after = null;
        boolean more = true;
        while (more) {
            Map<String, Object> c = Connections.connection(nodes(), 6, after,
                    "{_updateStamp: {_gte: '2025-01-15T10:00:00Z'}}", "{_updateStamp: 1, id: 1}");
            assertThat(c.get("totalCount")).isEqualTo(45);
            seen.addAll(ids(c));
            Map<String, Object> pageInfo = (Map<String, Object>) c.get("pageInfo");
            after = (String) pageInfo.get("endCursor");
            more = (Boolean) pageInfo.get("hasNextPage");
        }
        assertThat(seen).hasSize(45);
        assertThat(new HashSet<>(seen)).hasSize(45);
        assertThat(seen.get(0)).isEqualTo("SO000001");
        assertThat(seen.get(44)).isEqualTo("SO000045");
    }

    @Test
    void defaultsToTwentyByIdAndSupportsDescendingOrder() {
        assertThat(ids(Connections.connection(nodes(), null, null, null, null))).hasSize(20).startsWith("SO000001");
        assertThat(ids(Connections.connection(nodes(), 2, null, null, "{id: -1}"))).containsExactly("SO000045", "SO000044");
    }

    @Test
    void refusesForeignCursorsAndUnknownSortProperties() {
        assertThatThrownBy(() -> Connections.connection(nodes(), 2, "garbage!", null, null))
                .isInstanceOf(FilterSyntaxException.class);
        String cursor = Connections.encode(List.of("2025-01-15T10:00:00Z", "SO000001"));
        assertThatThrownBy(() -> Connections.connection(nodes(), 2, cursor, null, "{id: 1}"))
                .isInstanceOf(FilterSyntaxException.class);
        assertThatThrownBy(() -> Connections.connection(nodes(), 2, null, null, "{nope: 1}"))
                .isInstanceOf(FilterSyntaxException.class);
    }
}
