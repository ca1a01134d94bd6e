package dev.x3ups.ups.simulator.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

class SingleObjectsTest {
    @Test
    void collapsesOneElementObjectListsAtEveryDepth() {
        JsonNode n = Json.parse("{\"SubscriptionEvents\":[{\"SubscriptionFile\":[{\"Manifest\":[{\"Package\":[{\"TrackingNumber\":\"1Z\"}]}],"
                + "\"Origin\":[{\"a\":1},{\"a\":2}]}]}],\"Refs\":[\"x\"]}");
        SingleObjects.collapse(n);
        assertThat(n.at("/SubscriptionEvents/SubscriptionFile/Manifest/Package/TrackingNumber").asText()).isEqualTo("1Z");
        assertThat(n.at("/SubscriptionEvents/SubscriptionFile/Origin").isArray()).isTrue();
        assertThat(n.get("Refs").isArray()).as("only object lists collapse").isTrue();
    }
}
