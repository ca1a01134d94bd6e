package dev.x3ups.x3.sink.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.x3ups.x3.client.connect.X3ConnectionConfig;
import dev.x3ups.x3.sink.status.TrackedField;
import dev.x3ups.x3.sink.status.VoidedDisplay;
import dev.x3ups.x3.sink.write.Milestones;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.common.config.ConfigValue;
import org.junit.jupiter.api.Test;

class X3SinkConfigTest {

    static Map<String, String> basic() {
        Map<String, String> props = new HashMap<>();
        props.put("x3.url", "http://127.0.0.1:8124/");
        props.put("x3.endpoint", "SEED");
        props.put("x3.username", "wsconnector");
        props.put("x3.password", "Connector#2025");
        return props;
    }

    @Test
    void defaultsMatchTheSimulatorsWriteBackClass() {
        X3SinkConfig config = new X3SinkConfig(basic());
        assertThat(config.url()).isEqualTo("http://127.0.0.1:8124");
        assertThat(config.target()).isEqualTo(TargetKind.API1);
        assertThat(config.getString(X3SinkConfig.TARGET_CLASS_CONFIG)).isEqualTo("YSHIPTRK");
        assertThat(config.getString(X3SinkConfig.TARGET_KEY_FIELD_CONFIG)).isEqualTo("YORDNUM");
        assertThat(config.api1Fields().name(TrackedField.EXCEPTION)).isEqualTo("YEXCFLG");
        assertThat(config.statusVocabulary().x3Code("D", null)).isEqualTo("D");
        assertThat(config.getString(X3SinkConfig.SHIPMENTS_TOPIC_CONFIG)).isEqualTo("ups.shipments");
        assertThat(config.getString(X3SinkConfig.TRACKING_TOPIC_CONFIG)).isEqualTo("ups.tracking");
        assertThat(config.graphQlOperations().readPath()).isEqualTo("x3Sales.salesOrder.read");
        assertThat(config.trackingNumbers().capacity()).isEqualTo(10);
    }

    @Test
    void voidReasonsThatFlagTheOrderAreComparedAsTheyReachTheSinkFitted() {
        assertThat(new X3SinkConfig(basic()).voidedDisplay()).isEqualTo(VoidedDisplay.DEFAULT);
        Map<String, String> props = basic();
        props.put(X3SinkConfig.VOIDED_FLAG_REASONS_CONFIG, "cancelled, UNUSED_LABEL");
        VoidedDisplay display = new X3SinkConfig(props).voidedDisplay();
        assertThat(display.flags("CANCELLED")).isTrue();
        assertThat(display.flags("UNUSED_LBL")).isTrue();
        assertThat(display.flags("DUPLICATE")).isFalse();
        props.put(X3SinkConfig.VOIDED_FLAG_REASONS_CONFIG, "");
        assertThat(new X3SinkConfig(props).voidedDisplay().flaggedReasons()).isEmpty();
    }

    @Test
    void theOrderDigestIsWrittenByDefaultAndNeitherTheReadNorEveryScanIs() {
        X3SinkConfig config = new X3SinkConfig(basic());
        assertThat(config.api1Fields().name(TrackedField.ORDER_DIGEST)).isEqualTo("YORDDIG");
        assertThat(config.getBoolean(X3SinkConfig.READ_BEFORE_WRITE_CONFIG)).isFalse();
        assertThat(config.getList(X3SinkConfig.MILESTONES_CONFIG)).containsExactly("CREATED", "PICKED_UP",
                "DELIVERED", "EXCEPTION", "RETURNED", "VOIDED");
        Map<String, String> props = basic();
        props.put(X3SinkConfig.MILESTONES_CONFIG, "all");
        assertThat(new X3SinkConfig(props).milestones()).isSameAs(Milestones.EVERY_EVENT);
    }

    @Test
    void anUnknownMilestoneIsNamedWithTheValidOnes() {
        Map<String, String> props = basic();
        props.put(X3SinkConfig.MILESTONES_CONFIG, "DELIVERED, SHIPPED");
        assertThatThrownBy(() -> new X3SinkConfig(props)).isInstanceOf(ConfigException.class)
                .hasMessageContaining(X3SinkConfig.MILESTONES_CONFIG)
                .hasMessageContaining("unknown milestone 'SHIPPED'; use ALL or some of CREATED, PICKED_UP, IN_TRANSIT, "
                        + "OUT_FOR_DELIVERY, DELIVERED, EXCEPTION, RETURNED, VOIDED, OTHER");
    }

    @Test
    void trackingNumberCapacityIsAtLeastOne() {
        Map<String, String> props = basic();
        props.put(X3SinkConfig.TRACKING_NUMBERS_MAX_CONFIG, "25");
        assertThat(new X3SinkConfig(props).trackingNumbers().capacity()).isEqualTo(25);
        props.put(X3SinkConfig.TRACKING_NUMBERS_MAX_CONFIG, "0");
        assertThatThrownBy(() -> new X3SinkConfig(props)).isInstanceOf(ConfigException.class)
                .hasMessageContaining(X3SinkConfig.TRACKING_NUMBERS_MAX_CONFIG);
    }

    @Test
    void everyCredentialIsAPassword() {
        for (String secret : new String[] {X3ConnectionConfig.PASSWORD_CONFIG, X3ConnectionConfig.CLIENT_SECRET_CONFIG,
                X3ConnectionConfig.REFRESH_TOKEN_CONFIG}) {
            assertThat(X3SinkConfig.CONFIG_DEF.configKeys().get(secret).type).isEqualTo(ConfigDef.Type.PASSWORD);
        }
        assertThat(new X3SinkConfig(basic()).toString()).doesNotContain("Connector#2025");
    }

    @Test
    void settingsAreGroupedForTheUi() {
        assertThat(X3SinkConfig.CONFIG_DEF.groups()).containsExactly("Connection", "Authentication", "Refresh token topic", "Target",
                "Status vocabulary", "Topics", "Retry");
    }

    @Test
    void badStatusMapsAndFieldMappingsAreReportedOnTheirSetting() {
        Map<String, String> props = basic();
        props.put(X3SinkConfig.STATUS_MAP_CONFIG, "D=DLV,oops");
        props.put(X3SinkConfig.TARGET_FIELDS_CONFIG, "statusCode=YSTACOD");
        Map<String, ConfigValue> values = byName(props);
        assertThat(values.get(X3SinkConfig.STATUS_MAP_CONFIG).errorMessages()).singleElement().asString().contains("'oops'");
        assertThat(values.get(X3SinkConfig.TARGET_FIELDS_CONFIG).errorMessages()).singleElement().asString()
                .contains("must be mapped");
    }

    @Test
    void missingCredentialsAreReportedOnTheMissingSetting() {
        Map<String, String> props = basic();
        props.put(X3ConnectionConfig.AUTH_MODE_CONFIG, "jwt");
        Map<String, ConfigValue> values = byName(props);
        X3SinkConfig.CHECKS.check(values);
        assertThat(values.get(X3ConnectionConfig.CLIENT_ID_CONFIG).errorMessages()).singleElement().asString()
                .contains("required when x3.auth.mode is JWT");
        assertThat(values.get(X3ConnectionConfig.CLIENT_SECRET_CONFIG).errorMessages()).hasSize(1);
        assertThat(values.get(X3ConnectionConfig.USERNAME_CONFIG).errorMessages()).isEmpty();
    }

    @Test
    void graphQlNeedsABearerTokenMode() {
        Map<String, String> props = basic();
        props.put(X3SinkConfig.TARGET_CONFIG, "graphql");
        Map<String, ConfigValue> values = byName(props);
        X3SinkConfig.CHECKS.check(values);
        assertThat(values.get(X3ConnectionConfig.AUTH_MODE_CONFIG).errorMessages()).singleElement().asString()
                .contains("needs a token mode");
    }

    @Test
    void enforceListsEveryProblem() {
        Map<String, String> props = basic();
        props.remove(X3ConnectionConfig.PASSWORD_CONFIG);
        props.put(X3SinkConfig.RETRY_BACKOFF_MS_CONFIG, "5000");
        props.put(X3SinkConfig.RETRY_BACKOFF_MAX_MS_CONFIG, "100");
        assertThatThrownBy(() -> X3SinkConfig.CHECKS.enforce(props)).isInstanceOf(ConfigException.class)
                .hasMessageContaining("x3.password is required").hasMessageContaining("must not be below");
        X3SinkConfig.CHECKS.enforce(basic());
    }

    private static Map<String, ConfigValue> byName(Map<String, String> props) {
        return X3SinkConfig.CONFIG_DEF.validateAll(props);
    }
}
