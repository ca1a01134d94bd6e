package dev.x3ups.x3.sink.target;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.x3ups.records.OrderKey;
import dev.x3ups.x3.client.CreatedRecord;
import dev.x3ups.x3.client.X3RecordClient;
import dev.x3ups.x3.client.X3Representation;
import dev.x3ups.x3.sink.status.OrderTracking;
import dev.x3ups.x3.sink.status.TrackedField;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class Api1ClassTargetTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final X3Representation REP = X3Representation.of("YSHIPTRK", "YSHIPTRK");
    private final RecordingClient client = new RecordingClient();
    private final Api1ClassTarget target = new Api1ClassTarget(client, REP, "YORDNUM", "YORDTYP",
            FieldMapping.parse(FieldMapping.API1_DEFAULT));
    private final OrderKey order = OrderKey.parse("SEED:PURCHASE:PO000003");
    private final OrderTracking tracking = new OrderTracking(List.of("1Z1"), "UPS", "I", "In transit", null, null,
            false, null, null, Instant.parse("2025-01-15T20:00:00Z"));

    @Test
    void createsWithKeyKindAndEveryMappedField() throws Exception {
        target.write(order, false, tracking, Set.of(TrackedField.STATUS_CODE));
        assertThat(client.calls).containsExactly("create YSHIPTRK");
        JsonNode body = client.bodies.get(0);
        assertThat(body.get("YORDNUM").asText()).isEqualTo("PO000003");
        assertThat(body.get("YORDTYP").asText()).isEqualTo("PURCHASE");
        assertThat(body.get("YTRKNUM").get(0).asText()).isEqualTo("1Z1");
        assertThat(body.get("YEXCFLG").asInt()).isEqualTo(1);
        assertThat(body.has("YORDDIG")).as("the order digest goes with the numbers").isTrue();
        assertThat(body.size()).isEqualTo(13);
    }

    @Test
    void editsOnlyTheChangedFields() throws Exception {
        target.write(order, true, tracking, Set.of(TrackedField.STATUS_CODE, TrackedField.LAST_EVENT_AT));
        assertThat(client.calls).containsExactly("edit YSHIPTRK PO000003");
        assertThat(client.bodies.get(0).toString()).isEqualTo("{\"YSTACOD\":\"I\",\"YEVTDATTIM\":\"2025-01-15T20:00:00Z\"}");
    }

    @Test
    void readsTheRecordOrNothing() throws Exception {
        assertThat(target.read(order)).isEmpty();
        client.stored.put("PO000003", JSON.readTree("{\"YORDNUM\":\"PO000003\",\"YTRKNUM\":[\"1Z1\"],\"YCARRIER\":\"UPS\","
                + "\"YSTACOD\":\"I\",\"YSTADES\":\"In transit\",\"YEXCFLG\":1,\"YEVTDATTIM\":\"2025-01-15T20:00:00Z\"}"));
        assertThat(target.read(order)).contains(tracking);
    }

    @Test
    void leavesOutTheKindFieldWhenTheClassHasNone() throws Exception {
        new Api1ClassTarget(client, REP, "YORDNUM", " ", FieldMapping.parse(FieldMapping.API1_DEFAULT))
                .write(order, false, tracking, Set.of());
        assertThat(client.bodies.get(0).has("YORDTYP")).isFalse();
    }

    private static final class RecordingClient implements X3RecordClient {
        final List<String> calls = new ArrayList<>();
        final List<JsonNode> bodies = new ArrayList<>();
        final Map<String, JsonNode> stored = new HashMap<>();

        @Override
        public Optional<JsonNode> read(X3Representation representation, String key) {
            return Optional.ofNullable(stored.get(key));
        }

        @Override
        public CreatedRecord create(X3Representation representation, JsonNode record) {
            calls.add("create " + representation.className());
            bodies.add(record);
            return new CreatedRecord(null, record);
        }

        @Override
        public JsonNode edit(X3Representation representation, String key, JsonNode changes) {
            calls.add("edit " + representation.className() + " " + key);
            bodies.add(changes);
            return changes;
        }

        @Override
        public void checkAccess(X3Representation representation) {
            calls.add("check " + representation.className());
        }
    }
}
