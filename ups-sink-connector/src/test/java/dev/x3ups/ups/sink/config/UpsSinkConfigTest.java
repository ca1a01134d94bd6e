package dev.x3ups.ups.sink.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.x3ups.ups.client.UpsClientConfig;
import dev.x3ups.ups.client.alert.SubscriptionType;
import dev.x3ups.ups.sink.planning.PlanningConfig;
import dev.x3ups.ups.sink.site.SiteConfig;
import dev.x3ups.ups.sink.support.SinkOrders;
import java.time.Duration;
import java.util.Map;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigException;
import org.junit.jupiter.api.Test;

class UpsSinkConfigTest {

    @Test
    void defaultsMatchTheDesign() {
        UpsSinkConfig config = new UpsSinkConfig(SinkOrders.config());

        assertThat(config.getInt(UpsSinkConfig.MAX_IN_FLIGHT_CONFIG)).isEqualTo(32);
        assertThat(config.ledgerTopic()).isEqualTo("ups.shipments");
        assertThat(config.getInt(UpsSinkConfig.SUBSCRIPTION_BATCH_SIZE_CONFIG)).isEqualTo(100);
        assertThat(Duration.ofDays(14).minus(config.duration(UpsSinkConfig.SUBSCRIPTION_RENEW_BEFORE_MS_CONFIG)))
                .isEqualTo(Duration.ofDays(13));
        assertThat(config.subscriptionType()).isEqualTo(SubscriptionType.STANDARD);
        assertThat(config.quantumViewSubscription()).isNull();
        assertThat(config.planningConfig().sites()).containsKey("ATL");
    }

    @Test
    void theUpsClientGetsTheConnectionAndThroughputSettings() {
        Map<String, String> props = SinkOrders.config();
        props.put(UpsSinkConfig.RATE_LIMIT_CONFIG, "50");
        props.put(UpsSinkConfig.UPS_TOKEN_BUDGET_CONFIG, "7");
        props.put(UpsSinkConfig.RETRY_DEADLINE_MS_CONFIG, "9000");

        UpsClientConfig client = new UpsSinkConfig(props).upsClientConfig();

        assertThat(client.baseUrl()).isEqualTo("http://127.0.0.1:9");
        assertThat(client.clientSecret().reveal()).isEqualTo("sim-client-secret");
        assertThat(client.requestsPerSecond()).isEqualTo(50.0);
        assertThat(client.dailyTokenBudget()).isEqualTo(7);
        assertThat(client.retryDeadline()).isEqualTo(Duration.ofSeconds(9));
        assertThat(client.maxInFlight()).isGreaterThan(32);
        assertThat(client.toString()).doesNotContain("sim-client-secret");
    }

    @Test
    void secretsArePasswordsAndNeverPrinted() {
        assertThat(UpsSinkConfig.CONFIG_DEF.configKeys().get(UpsSinkConfig.UPS_CLIENT_SECRET_CONFIG).type)
                .isEqualTo(ConfigDef.Type.PASSWORD);
        assertThat(new UpsSinkConfig(SinkOrders.config()).clientSecret().toString()).doesNotContain("sim-client-secret");
    }

    @Test
    void composesThePlanningKeysAndRefusesTooLargeBatches() {
        assertThat(UpsSinkConfig.CONFIG_DEF.names()).contains(SiteConfig.SITES_CONFIG,
                PlanningConfig.SERVICE_MAP_CONFIG, UpsSinkConfig.LEDGER_BOOTSTRAP_CONFIG);
        Map<String, String> props = SinkOrders.config();
        props.put(UpsSinkConfig.SUBSCRIPTION_BATCH_SIZE_CONFIG, "101");
        assertThatThrownBy(() -> new UpsSinkConfig(props)).isInstanceOf(ConfigException.class)
                .hasMessageContaining(UpsSinkConfig.SUBSCRIPTION_BATCH_SIZE_CONFIG);
    }

    @Test
    void theLedgerNeedsBootstrapServers() {
        Map<String, String> props = SinkOrders.config();
        props.remove(UpsSinkConfig.LEDGER_BOOTSTRAP_CONFIG);
        assertThatThrownBy(() -> new UpsSinkConfig(props)).isInstanceOf(ConfigException.class)
                .hasMessageContaining(UpsSinkConfig.LEDGER_BOOTSTRAP_CONFIG);
    }

    @Test
    void theLedgerRetentionMustOutlastTheChecksThatNeedAnEntry() {
        Map<String, String> props = SinkOrders.config();
        assertThat(new UpsSinkConfig(props).duration(UpsSinkConfig.LEDGER_RETENTION_MS_CONFIG))
                .isEqualTo(Duration.ofDays(30));
        new UpsSinkConfig(props).checkLedgerRetention();

        props.put(UpsSinkConfig.UNUSED_LABEL_SWEEP_ENABLED_CONFIG, "true");
        props.put(UpsSinkConfig.LEDGER_RETENTION_MS_CONFIG, String.valueOf(Duration.ofDays(20).toMillis()));
        assertThatThrownBy(() -> new UpsSinkConfig(props).checkLedgerRetention())
                .isInstanceOf(InvalidSetting.class).hasMessageContaining("unused.label.sweep.void.window.ms");

        props.put(UpsSinkConfig.UNUSED_LABEL_SWEEP_ENABLED_CONFIG, "false");
        new UpsSinkConfig(props).checkLedgerRetention();
        props.put(UpsSinkConfig.RECONCILE_BACKOFF_MAX_MS_CONFIG, String.valueOf(Duration.ofDays(21).toMillis()));
        assertThatThrownBy(() -> new UpsSinkConfig(props).checkLedgerRetention())
                .hasMessageContaining("reconcile.reship.backoff.max.ms");
    }
}
