package dev.x3ups.embedded.connectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ConnectorConfigBuilderTest {

    @Test
    void laterSettingsReplaceEarlierOnes() {
        Map<String, String> c = new ConnectorConfigBuilder("x.Connector").tasks(3)
                .with("value.converter.schemas.enable", "false").with(Map.of("a", "1")).with("a", "2").build();

        assertThat(c).containsEntry("tasks.max", "3").containsEntry("value.converter.schemas.enable", "false")
                .containsEntry("a", "2");
    }

    @Test
    void deadLetterQueueKeepsTheTaskGoingWithTheReasonInHeaders() {
        assertThat(new ConnectorConfigBuilder("x.Connector").deadLetterQueue("dlq").build())
                .containsEntry("errors.tolerance", "all").containsEntry("errors.deadletterqueue.topic.name", "dlq")
                .containsEntry("errors.deadletterqueue.topic.replication.factor", "1")
                .containsEntry("errors.deadletterqueue.context.headers.enable", "true");
    }

    @Test
    void eachBuildIsAnIndependentMutableCopy() {
        ConnectorConfigBuilder builder = new ConnectorConfigBuilder("x.Connector");
        Map<String, String> first = builder.build();
        first.put("tasks.max", "9");

        assertThat(builder.build()).containsEntry("tasks.max", "1");
    }

    @Test
    void aMissingValueIsRefusedNamingTheKeyOnly() {
        ConnectorConfigBuilder builder = new ConnectorConfigBuilder("x.Connector");

        assertThatThrownBy(() -> builder.with("x3.password", null)).isInstanceOf(NullPointerException.class)
                .hasMessage("no value for x3.password");
        assertThat(builder.with("x3.password", "s3cret").toString()).doesNotContain("s3cret")
                .contains("x.Connector", "6 keys");
    }
}
