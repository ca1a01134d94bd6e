package dev.x3ups.x3.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.x3ups.records.OrderKind;
import dev.x3ups.x3.client.X3AuthenticationException;
import dev.x3ups.x3.client.connect.X3ConnectionConfig;
import dev.x3ups.x3.source.config.X3SourceConfig;
import dev.x3ups.x3.source.offset.OrderPartition;
import dev.x3ups.x3.source.testing.FakeOrderFeed;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.common.config.ConfigValue;
import org.apache.kafka.connect.errors.ConnectException;
import org.apache.kafka.connect.source.ExactlyOnceSupport;
import org.junit.jupiter.api.Test;

class X3SourceConnectorTest {

    private final FakeOrderFeed feed = new FakeOrderFeed();
    private final X3SourceConnector connector = new X3SourceConnector(config -> feed);

    static Map<String, String> props() {
        Map<String, String> props = new HashMap<>();
        props.put(X3ConnectionConfig.URL_CONFIG, "http://127.0.0.1:8124");
        props.put(X3ConnectionConfig.ENDPOINT_CONFIG, "SEED");
        props.put(X3ConnectionConfig.USERNAME_CONFIG, "wsconnector");
        props.put(X3ConnectionConfig.PASSWORD_CONFIG, "not-the-password");
        return props;
    }

    private Map<String, ConfigValue> validate(Map<String, String> props) {
        return connector.validate(props).configValues().stream()
                .collect(Collectors.toMap(ConfigValue::name, Function.identity()));
    }

    @Test
    void declaresExactlyOnceSupportAndAVersion() {
        assertThat(connector.exactlyOnceSupport(props())).isEqualTo(ExactlyOnceSupport.SUPPORTED);
        assertThat(connector.version()).isNotBlank().isNotEqualTo("unknown");
        assertThat(connector.taskClass()).isEqualTo(X3SourceTask.class);
        assertThat(connector.config()).isSameAs(X3SourceConfig.CONFIG_DEF);
    }

    @Test
    void neverStartsMoreTasksThanPartitions() {
        Map<String, String> props = props();
        props.put(X3SourceConfig.ENTITIES_CONFIG, "SALES");
        connector.start(props);

        assertThat(connector.taskConfigs(4)).singleElement()
                .satisfies(c -> assertThat(c).containsEntry(TaskAssignment.TASK_ENTITIES_CONFIG, "SALES"));
    }

    @Test
    void aRotatingRefreshTokenGetsOneTaskForAllPartitions() {
        Map<String, String> props = props();
        props.put(X3ConnectionConfig.AUTH_MODE_CONFIG, "REFRESH_TOKEN");
        props.put(X3ConnectionConfig.CLIENT_ID_CONFIG, "app");
        props.put(X3ConnectionConfig.CLIENT_SECRET_CONFIG, "app-secret");
        props.put(X3ConnectionConfig.TOKEN_URL_CONFIG, "http://127.0.0.1:8124/v1/token");
        props.put(X3ConnectionConfig.REFRESH_TOKEN_CONFIG, "refresh");
        props.put(X3ConnectionConfig.REFRESH_TOKEN_FILE_CONFIG, "/var/lib/connect/x3-refresh-token");
        connector.start(props);

        assertThat(connector.taskConfigs(2)).singleElement()
                .satisfies(c -> assertThat(c).containsEntry(TaskAssignment.TASK_ENTITIES_CONFIG, "SALES,PURCHASE"));
    }

    @Test
    void refusesToStartWithCredentialsMissingForTheMode() {
        Map<String, String> props = props();
        props.remove(X3ConnectionConfig.PASSWORD_CONFIG);

        assertThatThrownBy(() -> connector.start(props)).isInstanceOf(ConfigException.class)
                .hasMessageContaining("x3.password is required");
    }

    @Test
    void validateReportsAWrongPasswordOnThePasswordField() {
        feed.failAccess(new X3AuthenticationException("Authentication failed for user wsconnector", 401, null));

        Map<String, ConfigValue> values = validate(props());

        assertThat(values.get(X3ConnectionConfig.PASSWORD_CONFIG).errorMessages())
                .containsExactly("X3 refused the credentials: Authentication failed for user wsconnector");
        assertThat(values.get(X3ConnectionConfig.URL_CONFIG).errorMessages()).isEmpty();
        assertThat(values.values().toString()).doesNotContain("not-the-password");
    }

    @Test
    void validateCallsX3OnlyWhenTheSettingsAreSound() {
        Map<String, String> props = props();
        props.put(X3SourceConfig.PAGE_SIZE_CONFIG, "-1");

        Map<String, ConfigValue> values = validate(props);

        assertThat(values.get(X3SourceConfig.PAGE_SIZE_CONFIG).errorMessages()).isNotEmpty();
        assertThat(feed.calls.get()).isZero();
        assertThat(validate(props()).values()).allSatisfy(v -> assertThat(v.errorMessages()).isEmpty());
        assertThat(feed.calls.get()).isEqualTo(1);
    }

    @Test
    void alterOffsetsAcceptsAResyncAndRejectsMalformedOffsets() {
        Map<Map<String, ?>, Map<String, ?>> resync = new HashMap<>();
        resync.put(new OrderPartition("SEED", OrderKind.SALES).toMap(), Map.of("timestamp", "2026-01-31T00:00:00Z", "key", ""));
        assertThat(connector.alterOffsets(props(), resync)).isTrue();

        Map<Map<String, ?>, Map<String, ?>> malformed = new HashMap<>();
        malformed.put(new OrderPartition("SEED", OrderKind.SALES).toMap(), Map.of("timestamp", List.of("2026")));
        assertThatThrownBy(() -> connector.alterOffsets(props(), malformed)).isInstanceOf(ConnectException.class)
                .hasMessageContaining("needs 'timestamp' as an ISO-8601 UTC instant string");
    }
}
