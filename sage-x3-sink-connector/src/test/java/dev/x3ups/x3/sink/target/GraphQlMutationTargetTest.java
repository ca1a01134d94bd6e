package dev.x3ups.x3.sink.target;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.x3ups.records.OrderKey;
import dev.x3ups.x3.client.X3GraphQlClient;
import dev.x3ups.x3.sink.status.OrderTracking;
import dev.x3ups.x3.sink.status.TrackedField;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class GraphQlMutationTargetTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final List<String> documents = new ArrayList<>();
    private final List<Map<String, ?>> variables = new ArrayList<>();
    private JsonNode answer = JSON.createObjectNode();
    private final X3GraphQlClient client = (document, vars) -> {
        documents.add(document);
        variables.add(vars);
        return answer;
    };
    private final GraphQlOperations operations = new GraphQlOperations(GraphQlOperations.DEFAULT_MUTATION, "data", "id",
            GraphQlOperations.DEFAULT_READ_QUERY, GraphQlOperations.DEFAULT_READ_PATH);
    private final GraphQlMutationTarget target = new GraphQlMutationTarget(client, operations,
            FieldMapping.parse(FieldMapping.GRAPHQL_DEFAULT));
    private final OrderKey order = OrderKey.parse("SEED:SALES:SO000001");
    private final OrderTracking tracking = new OrderTracking(List.of("1Z1"), "UPS", "X", "Exception", null, null, true,
            "U2", "Damaged", Instant.parse("2025-01-16T07:00:00Z"));

    @Test
    void sendsTheKeyAndChangedFieldsInTheInputVariable() throws Exception {
        target.write(order, true, tracking, Set.of(TrackedField.EXCEPTION, TrackedField.EXCEPTION_REASON));
        assertThat(documents).containsExactly(GraphQlOperations.DEFAULT_MUTATION);
        assertThat(variables.get(0).get("data").toString())
                .isEqualTo("{\"id\":\"SO000001\",\"yExceptionFlag\":true,\"yExceptionReason\":\"Damaged\"}");
    }

    @Test
    void sendsEveryFieldForAnOrderWithoutTracking() throws Exception {
        target.write(order, false, tracking, Set.of());
        assertThat(((JsonNode) variables.get(0).get("data")).size()).isEqualTo(11);
    }

    @Test
    void readsTheOrderAtTheConfiguredPath() throws Exception {
        answer = JSON.readTree("{\"x3Sales\":{\"salesOrder\":{\"read\":{\"id\":\"SO000001\",\"yTrackingNumbers\":[\"1Z1\"],"
                + "\"yCarrier\":\"UPS\",\"yCarrierStatusCode\":\"X\",\"yCarrierStatusDescription\":\"Exception\","
                + "\"yExceptionFlag\":true,\"yExceptionCode\":\"U2\",\"yExceptionReason\":\"Damaged\","
                + "\"yLastEventAt\":\"2025-01-16T07:00:00Z\",\"yScheduledDeliveryDate\":null}}}}");
        assertThat(target.read(order)).contains(tracking);
        assertThat(variables.get(0)).isEqualTo(Map.of("id", "SO000001"));
    }

    @Test
    void anUnknownOrderReadsAsNothing() throws Exception {
        answer = JSON.readTree("{\"x3Sales\":{\"salesOrder\":{\"read\":null}}}");
        assertThat(target.read(order)).isEmpty();
    }
}
