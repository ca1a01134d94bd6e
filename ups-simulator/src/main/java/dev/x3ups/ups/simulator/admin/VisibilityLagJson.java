package dev.x3ups.ups.simulator.admin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.x3ups.ups.simulator.http.Json;
import dev.x3ups.ups.simulator.visibility.LookupChannel;
import dev.x3ups.ups.simulator.visibility.VisibilityLag;
import java.time.Duration;
import java.util.Map;

/** {@code {"trackByReferenceMillis":120000,"quantumViewMillis":120000,"labelRecoveryMillis":0}}; missing keys keep. */
final class VisibilityLagJson {
    private static final Map<LookupChannel, String> KEYS = Map.of(
            LookupChannel.TRACK_BY_REFERENCE, "trackByReferenceMillis",
            LookupChannel.QUANTUM_VIEW, "quantumViewMillis",
            LookupChannel.LABEL_RECOVERY, "labelRecoveryMillis");

    private VisibilityLagJson() {
    }

    static void apply(JsonNode n, VisibilityLag lag) {
        KEYS.forEach((channel, key) -> {
            if (n.hasNonNull(key)) {
                lag.set(channel, Duration.ofMillis(n.get(key).asLong()));
            }
        });
    }

    static ObjectNode write(VisibilityLag lag) {
        ObjectNode n = Json.object();
        lag.snapshot().forEach((channel, d) -> n.put(KEYS.get(channel), d.toMillis()));
        return n;
    }
}
