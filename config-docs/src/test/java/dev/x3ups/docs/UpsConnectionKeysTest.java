package dev.x3ups.docs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.x3ups.connect.LedgerClientConfig;
import dev.x3ups.ups.client.connect.UpsConnectionConfig;
import dev.x3ups.ups.sink.UpsSinkConnector;
import dev.x3ups.ups.tracking.UpsTrackingSourceConnector;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.ConfigKey;
import org.junit.jupiter.api.Test;

/** Both UPS connectors offer every shared UPS connection and ledger client key, and it means the same in both. */
class UpsConnectionKeysTest {

    private static final Map<String, ConfigKey> SHARED = UpsConnectionConfig.addTo(new ConfigDef()).configKeys();

    @Test
    void bothUpsConnectorsDefineEveryUpsConnectionKeyIdentically() {
        assertThat(SHARED).containsKeys(UpsConnectionConfig.BASE_URL_CONFIG, UpsConnectionConfig.CLIENT_ID_CONFIG,
                UpsConnectionConfig.CLIENT_SECRET_CONFIG, UpsConnectionConfig.MERCHANT_ID_CONFIG,
                UpsConnectionConfig.TOKEN_BUDGET_CONFIG, UpsConnectionConfig.TIMEOUT_MS_CONFIG,
                UpsConnectionConfig.RATE_LIMIT_CONFIG, UpsConnectionConfig.RETRY_DEADLINE_MS_CONFIG);
        Map<String, ConfigKey> sink = new UpsSinkConnector().config().configKeys();
        Map<String, ConfigKey> tracking = new UpsTrackingSourceConnector().config().configKeys();

        for (ConfigKey shared : SHARED.values()) {
            assertSame(shared, sink.get(shared.name), "ups-sink-connector");
            assertSame(shared, tracking.get(shared.name), "ups-tracking-source-connector");
        }
    }

    @Test
    void bothUpsConnectorsDefineTheLedgerBootstrapIdentically() {
        ConfigKey shared = LedgerClientConfig.define(new ConfigDef(), "Ledger", 1).configKeys()
                .get(LedgerClientConfig.BOOTSTRAP_CONFIG);
        ConfigKey sink = new UpsSinkConnector().config().configKeys().get(LedgerClientConfig.BOOTSTRAP_CONFIG);
        ConfigKey tracking = new UpsTrackingSourceConnector().config().configKeys()
                .get(LedgerClientConfig.BOOTSTRAP_CONFIG);

        for (ConfigKey key : List.of(sink, tracking)) {
            assertThat(key.type).isEqualTo(shared.type);
            assertThat(key.hasDefault()).isFalse();
            assertThat(key.documentation).isEqualTo(shared.documentation);
            assertThat(key.validator).hasToString(shared.validator.toString());
        }
    }

    private static void assertSame(ConfigKey shared, ConfigKey actual, String connector) {
        assertThat(actual).as("%s defines %s", connector, shared.name).isNotNull();
        assertThat(actual.type).as("%s type of %s", connector, shared.name).isEqualTo(shared.type);
        assertThat(actual.hasDefault()).as("%s has a default for %s", connector, shared.name)
                .isEqualTo(shared.hasDefault());
        if (shared.hasDefault()) {
            assertThat(actual.defaultValue).as("%s default of %s", connector, shared.name)
                    .isEqualTo(shared.defaultValue);
        }
        assertThat(actual.validator).as("%s validator of %s", connector, shared.name).isSameAs(shared.validator);
        assertThat(actual.documentation).as("%s doc of %s", connector, shared.name).isEqualTo(shared.documentation);
        assertThat(actual.importance).as("%s importance of %s", connector, shared.name).isEqualTo(shared.importance);
        assertThat(actual.group).as("%s group of %s", connector, shared.name).isEqualTo(shared.group);
    }
}
