package dev.x3ups.x3.sink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.x3ups.x3.client.connect.X3ConnectionConfig;
import dev.x3ups.x3.simulator.X3Simulator;
import dev.x3ups.x3.sink.config.X3SinkConfig;
import java.net.ServerSocket;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.stream.Collectors;
import org.apache.kafka.common.config.Config;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.common.config.ConfigValue;
import org.apache.kafka.connect.sink.SinkConnector;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** validate() asks the X3 simulator "will this work?" over HTTP. */
class X3SinkConnectorTest {

    private static X3Simulator sim;

    @BeforeAll
    static void start() {
        sim = X3Simulator.builder().salesOrders(1).purchaseOrders(0).start();
    }

    @AfterAll
    static void stop() {
        sim.close();
    }

    @Test
    void goodSettingsValidateCleanly() {
        assertThat(errors(props())).isEmpty();
        Map<String, String> graphQl = props();
        graphQl.put("x3.target", "GRAPHQL");
        graphQl.put("x3.auth.mode", "JWT");
        graphQl.put("x3.client.id", X3Simulator.DEFAULT_APP_ID);
        graphQl.put("x3.client.secret", X3Simulator.DEFAULT_APP_SECRET);
        assertThat(errors(graphQl)).isEmpty();
    }

    @Test
    void theAccessCheckQueriesTheWriteBackClassNotTheSalesOrders() {
        long target = sim.counters().get("api1.GET.YSHIPTRK.YSHIPTRK.$query");
        long orders = sim.counters().get("api1.GET.SORDER.SORDER.$query");

        assertThat(errors(props())).isEmpty();

        assertThat(sim.counters().get("api1.GET.YSHIPTRK.YSHIPTRK.$query")).isEqualTo(target + 1);
        assertThat(sim.counters().get("api1.GET.SORDER.SORDER.$query")).isEqualTo(orders);
    }

    @Test
    void aWrongPasswordIsReportedOnThePasswordWithoutShowingIt() {
        Map<String, String> props = props();
        props.put("x3.password", "not-the-password");
        Map<String, List<String>> errors = errors(props);
        assertThat(errors).containsOnlyKeys(X3ConnectionConfig.PASSWORD_CONFIG);
        assertThat(errors.get(X3ConnectionConfig.PASSWORD_CONFIG).get(0)).contains("refused the credentials")
                .doesNotContain("not-the-password");
    }

    @Test
    void aMissingWriteBackClassIsReportedOnTheRepresentation() {
        Map<String, String> props = props();
        props.put("x3.target.class", "YNOPE");
        props.put("x3.target.representation", "YNOPE");
        assertThat(errors(props)).containsOnlyKeys(X3SinkConfig.TARGET_REPRESENTATION_CONFIG);
    }

    @Test
    void anUnreachableServerIsReportedOnTheUrl() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        Map<String, String> props = props();
        props.put("x3.url", "http://127.0.0.1:" + closedPort);
        assertThat(errors(props)).containsOnlyKeys(X3ConnectionConfig.URL_CONFIG);
    }

    @Test
    void configErrorsAreReportedWithoutCallingX3() {
        Map<String, String> props = props();
        props.remove("x3.password");
        long before = sim.counters().snapshot().values().stream().mapToLong(Long::longValue).sum();
        assertThat(errors(props)).containsOnlyKeys(X3ConnectionConfig.PASSWORD_CONFIG);
        assertThat(sim.counters().snapshot().values().stream().mapToLong(Long::longValue).sum()).isEqualTo(before);
    }

    @Test
    void runsOneTaskWhatevertasksMaxSays() {
        X3SinkConnector connector = new X3SinkConnector();
        connector.start(props());
        assertThat(connector.taskConfigs(4)).hasSize(1).first().isEqualTo(props());
        assertThat(connector.taskClass()).isEqualTo(X3SinkTask.class);
        connector.stop();
        Map<String, String> bad = props();
        bad.put("x3.target", "SOAP");
        assertThatThrownBy(() -> connector.start(bad)).isInstanceOf(ConfigException.class).hasMessageContaining("x3.target");
    }

    @Test
    void isRegisteredForServiceLoading() {
        assertThat(ServiceLoader.load(SinkConnector.class).stream().map(ServiceLoader.Provider::type))
                .contains(X3SinkConnector.class);
    }

    private static Map<String, List<String>> errors(Map<String, String> props) {
        Config config = new X3SinkConnector().validate(props);
        return config.configValues().stream().filter(v -> !v.errorMessages().isEmpty())
                .collect(Collectors.toMap(ConfigValue::name, ConfigValue::errorMessages));
    }

    private static Map<String, String> props() {
        Map<String, String> props = new HashMap<>();
        props.put("connector.class", X3SinkConnector.class.getName());
        props.put("topics", "ups.shipments,ups.tracking");
        props.put("x3.url", sim.baseUrl());
        props.put("x3.endpoint", "SEED");
        props.put("x3.username", X3Simulator.DEFAULT_USER);
        props.put("x3.password", X3Simulator.DEFAULT_PASSWORD);
        return props;
    }
}
