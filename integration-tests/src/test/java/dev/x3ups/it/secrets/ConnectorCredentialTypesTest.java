package dev.x3ups.it.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.config.ConfigDef;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 7: every credential config of every connector in the real plugin archive is {@code Type.PASSWORD}
 * (Connect masks only those in validate answers and in its config logging).
 */
class ConnectorCredentialTypesTest {

    static final List<String> CONNECTORS = List.of(
            "dev.x3ups.x3.source.X3SourceConnector",
            "dev.x3ups.ups.sink.UpsSinkConnector",
            "dev.x3ups.ups.tracking.UpsTrackingSourceConnector",
            "dev.x3ups.x3.sink.X3SinkConnector");

    private static PluginConnectors plugin;
    private static Map<String, ConfigDef> configDefs;

    @BeforeAll
    static void loadArchive() {
        plugin = PluginConnectors.fromBuild();
        configDefs = plugin.configDefs();
    }

    @AfterAll
    static void close() {
        if (plugin != null) {
            plugin.close();
        }
    }

    @Test
    void theArchiveHoldsAllFourConnectors() {
        assertThat(configDefs.keySet()).containsAll(CONNECTORS);
    }

    @Test
    void everyCredentialConfigIsAPassword() {
        List<CredentialTypeAudit.Violation> violations = new ArrayList<>();
        configDefs.forEach((connector, def) -> violations.addAll(CredentialTypeAudit.violations(connector, def)));

        assertThat(violations).isEmpty();
    }

    @Test
    void theSecretsEachConnectorTakesArePasswords() {
        // the known credentials by name: a renamed key must not silently drop out of the scan above
        assertPasswords("dev.x3ups.x3.source.X3SourceConnector", "x3.password", "x3.client.secret", "x3.refresh.token");
        assertPasswords("dev.x3ups.x3.sink.X3SinkConnector", "x3.password", "x3.client.secret", "x3.refresh.token");
        assertPasswords("dev.x3ups.ups.sink.UpsSinkConnector", "ups.client.secret");
        assertPasswords("dev.x3ups.ups.tracking.UpsTrackingSourceConnector", "ups.client.secret",
                "webhook.client.secret", "webhook.credential", "listener.ssl.keystore.password");
    }

    @Test
    void everyAllowListEntryIsStillDefinedBySomeConnector() {
        assertThat(CredentialTypeAudit.unusedAllowListEntries(configDefs)).isEmpty();
    }

    private static void assertPasswords(String connector, String... keys) {
        Map<String, ConfigDef.ConfigKey> defined = configDefs.get(connector).configKeys();
        for (String key : keys) {
            assertThat(defined).as(connector).containsKey(key);
            assertThat(defined.get(key).type).as(connector + " " + key).isEqualTo(ConfigDef.Type.PASSWORD);
        }
    }
}
