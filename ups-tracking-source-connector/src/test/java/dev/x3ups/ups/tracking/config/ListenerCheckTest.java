package dev.x3ups.ups.tracking.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.config.ConfigValue;
import org.junit.jupiter.api.Test;

class ListenerCheckTest {

    private static List<ConfigValue> check(Map<String, String> props) {
        List<ConfigValue> values = TrackingSourceConfig.DEF.validate(props);
        ListenerCheck.check(new TrackingSourceConfig(props), values);
        return values;
    }

    private static List<String> errors(List<ConfigValue> values, String name) {
        return values.stream().filter(v -> v.name().equals(name)).findFirst().orElseThrow().errorMessages();
    }

    @Test
    void aFreePortPasses() {
        Map<String, String> props = TrackingSourceConfigTest.minimal();
        props.put("listener.bind.address", "127.0.0.1");
        props.put("listener.port", "0");
        assertThat(check(props)).allSatisfy(v -> assertThat(v.errorMessages()).isEmpty());
    }

    @Test
    void aTakenPortIsReportedOnThePortField() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            Map<String, String> props = TrackingSourceConfigTest.minimal();
            props.put("listener.bind.address", "127.0.0.1");
            props.put("listener.port", Integer.toString(taken.getLocalPort()));
            assertThat(errors(check(props), "listener.port")).singleElement().asString().contains("cannot bind");
        }
    }

    @Test
    void missingCredentialsAndKeystoreAreReportedWhereTheyBelong() {
        Map<String, String> props = TrackingSourceConfigTest.minimal();
        props.put("listener.port", "0");
        props.remove("webhook.client.secret");
        props.put("listener.ssl.keystore.location", "/nonexistent/listener.p12");
        props.put("quantumview.subscription", "A-NAME-LONGER-THAN-21-CHARS");
        List<ConfigValue> values = check(props);
        assertThat(errors(values, "webhook.client.secret")).isNotEmpty();
        assertThat(errors(values, "listener.ssl.keystore.location")).isNotEmpty();
        assertThat(errors(values, "quantumview.subscription")).isNotEmpty();

        Map<String, String> v1 = TrackingSourceConfigTest.minimal();
        v1.put("listener.port", "0");
        v1.put("webhook.auth", "CREDENTIAL");
        assertThat(errors(check(v1), "webhook.credential")).isNotEmpty();
        v1.put("webhook.credential", "opaque");
        assertThat(errors(check(v1), "webhook.credential")).isEmpty();
    }
}
