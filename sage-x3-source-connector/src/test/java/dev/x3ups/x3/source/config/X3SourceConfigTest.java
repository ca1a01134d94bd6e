package dev.x3ups.x3.source.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.x3ups.records.OrderKind;
import dev.x3ups.x3.client.ItemMasterConfig;
import dev.x3ups.x3.client.Transport;
import dev.x3ups.x3.client.connect.AuthMode;
import dev.x3ups.x3.client.connect.X3ConnectionConfig;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.common.config.ConfigValue;
import org.junit.jupiter.api.Test;

class X3SourceConfigTest {

    static Map<String, String> basic() {
        Map<String, String> props = new HashMap<>();
        props.put(X3ConnectionConfig.URL_CONFIG, "http://localhost:8124/");
        props.put(X3ConnectionConfig.ENDPOINT_CONFIG, "SEED");
        props.put(X3ConnectionConfig.USERNAME_CONFIG, "webservice");
        props.put(X3ConnectionConfig.PASSWORD_CONFIG, "s3cret-pw");
        return props;
    }

    private static Map<String, ConfigValue> validate(Map<String, String> props) {
        Map<String, ConfigValue> values = X3SourceConfig.CONFIG_DEF.validateAll(props);
        X3SourceConfig.CHECKS.check(values);
        return values;
    }

    @Test
    void defaultsReadBothEntitiesOverRestIntoX3Orders() {
        X3SourceConfig config = new X3SourceConfig(basic());

        assertThat(config.url()).isEqualTo("http://localhost:8124");
        assertThat(config.endpoint()).isEqualTo("SEED");
        assertThat(config.transport()).isEqualTo(Transport.REST);
        assertThat(config.authMode()).isEqualTo(AuthMode.BASIC);
        assertThat(config.entities()).containsExactly(OrderKind.SALES, OrderKind.PURCHASE);
        assertThat(config.representation(OrderKind.SALES)).isEqualTo("SORDER");
        assertThat(config.representation(OrderKind.PURCHASE)).isEqualTo("PORDER");
        assertThat(config.topic()).isEqualTo("x3.orders");
        assertThat(config.pollInterval()).isEqualTo(Duration.ofSeconds(30));
        assertThat(config.pageSize()).isEqualTo(100);
        assertThat(config.overlap()).isEqualTo(Duration.ofSeconds(10));
        assertThat(config.startTimestamp()).isEqualTo(Instant.EPOCH);
        assertThat(config.selection().statuses()).isEmpty();
        assertThat(config.selection().where()).isNull();
        assertThat(config.singleTokenHolder()).isFalse();
    }

    @Test
    void readsTheQualifyingFilter() {
        Map<String, String> props = basic();
        props.put(X3SourceConfig.STATUSES_CONFIG, "1");
        props.put(X3SourceConfig.CARRIERS_CONFIG, "UPS, UPSG");
        props.put(X3SourceConfig.SITES_CONFIG, "ATL01,TOR01");
        props.put(X3SourceConfig.DELIVERY_MODES_CONFIG, "3");
        props.put(X3SourceConfig.WHERE_CONFIG, " (CDTSTA eq 1) ");
        props.put(X3SourceConfig.ENTITIES_CONFIG, "purchase");
        props.put(X3ConnectionConfig.TRANSPORT_CONFIG, "graphql");

        X3SourceConfig config = new X3SourceConfig(props);

        assertThat(config.selection().statuses()).containsExactly("1");
        assertThat(config.selection().carriers()).isEqualTo(Set.of("UPS", "UPSG"));
        assertThat(config.selection().sites()).isEqualTo(Set.of("ATL01", "TOR01"));
        assertThat(config.selection().deliveryModes()).containsExactly("3");
        assertThat(config.selection().where()).isEqualTo("(CDTSTA eq 1)");
        assertThat(config.entities()).containsExactly(OrderKind.PURCHASE);
        assertThat(config.transport()).isEqualTo(Transport.GRAPHQL);
    }

    @Test
    void everySecretIsAPassword() {
        for (String secret : List.of(X3ConnectionConfig.PASSWORD_CONFIG, X3ConnectionConfig.CLIENT_SECRET_CONFIG,
                X3ConnectionConfig.REFRESH_TOKEN_CONFIG)) {
            assertThat(X3SourceConfig.CONFIG_DEF.configKeys().get(secret).type).isEqualTo(ConfigDef.Type.PASSWORD);
        }
        assertThat(new X3SourceConfig(basic()).toString()).doesNotContain("s3cret-pw");
    }

    @Test
    void itemMasterFieldsDefaultToTheCustomsReferenceAndCanBeRenamedOrSwitchedOff() {
        assertThat(new X3SourceConfig(basic()).itemMaster()).isEqualTo(ItemMasterConfig.DEFAULT);

        Map<String, String> props = basic();
        props.put(X3SourceConfig.COMMODITY_CODE_FIELD_CONFIG, "ZHSCOD");
        props.put(X3SourceConfig.ORIGIN_COUNTRY_FIELD_CONFIG, "");
        props.put(X3SourceConfig.MASTER_CACHE_SIZE_CONFIG, "50");
        props.put(X3SourceConfig.MASTER_CACHE_MAX_AGE_MS_CONFIG, "60000");
        ItemMasterConfig items = new X3SourceConfig(props).itemMaster();

        assertThat(items.commodityCodeField()).isEqualTo("ZHSCOD");
        assertThat(items.originCountryField()).as("blank: not read").isNull();
        assertThat(items.cacheSize()).isEqualTo(50);
        assertThat(items.cacheMaxAge()).isEqualTo(Duration.ofMinutes(1));
    }

    @Test
    void keysAreGroupedAndOrdered() {
        assertThat(X3SourceConfig.CONFIG_DEF.groups()).containsExactly("Connection", "Authentication", "Refresh token topic",
                "Orders", "Item master", "Polling", "Write-back");
        ConfigDef.ConfigKey url = X3SourceConfig.CONFIG_DEF.configKeys().get(X3ConnectionConfig.URL_CONFIG);
        assertThat(url.group).isEqualTo("Connection");
        assertThat(url.orderInGroup).isEqualTo(1);
        assertThat(url.displayName).isEqualTo("X3 URL");
    }

    @Test
    void rejectsMalformedSingleValues() {
        Map<String, String> props = basic();
        props.put(X3ConnectionConfig.URL_CONFIG, "ftp://x3");
        assertThatThrownBy(() -> new X3SourceConfig(props)).isInstanceOf(ConfigException.class).hasMessageContaining("x3.url");

        Map<String, String> entities = basic();
        entities.put(X3SourceConfig.ENTITIES_CONFIG, "SALES,RETURNS");
        assertThat(validate(entities).get(X3SourceConfig.ENTITIES_CONFIG).errorMessages())
                .singleElement().asString().contains("'RETURNS' is not one of");

        Map<String, String> twice = basic();
        twice.put(X3SourceConfig.ENTITIES_CONFIG, "SALES,sales");
        assertThat(validate(twice).get(X3SourceConfig.ENTITIES_CONFIG).errorMessages()).isNotEmpty();

        Map<String, String> start = basic();
        start.put(X3SourceConfig.START_TIMESTAMP_CONFIG, "2026-01-31");
        assertThat(validate(start).get(X3SourceConfig.START_TIMESTAMP_CONFIG).errorMessages()).isNotEmpty();

        Map<String, String> page = basic();
        page.put(X3SourceConfig.PAGE_SIZE_CONFIG, "0");
        assertThat(validate(page).get(X3SourceConfig.PAGE_SIZE_CONFIG).errorMessages()).isNotEmpty();
    }

    @Test
    void missingCredentialsAreReportedOnTheCredentialForTheChosenMode() {
        Map<String, String> props = basic();
        props.remove(X3ConnectionConfig.PASSWORD_CONFIG);
        assertThat(validate(props).get(X3ConnectionConfig.PASSWORD_CONFIG).errorMessages())
                .containsExactly("x3.password is required when x3.auth.mode is BASIC");

        Map<String, String> refresh = basic();
        refresh.put(X3ConnectionConfig.AUTH_MODE_CONFIG, "REFRESH_TOKEN");
        refresh.put(X3ConnectionConfig.CLIENT_ID_CONFIG, "app");
        Map<String, ConfigValue> values = validate(refresh);
        assertThat(values.get(X3ConnectionConfig.CLIENT_SECRET_CONFIG).errorMessages()).hasSize(1);
        assertThat(values.get(X3ConnectionConfig.TOKEN_URL_CONFIG).errorMessages()).hasSize(1);
        assertThat(values.get(X3ConnectionConfig.REFRESH_TOKEN_CONFIG).errorMessages()).hasSize(1);
        assertThat(values.get(X3ConnectionConfig.REFRESH_TOKEN_FILE_CONFIG).errorMessages()).hasSize(1);
        assertThat(values.get(X3ConnectionConfig.CLIENT_ID_CONFIG).errorMessages()).isEmpty();
        assertThat(values.get(X3ConnectionConfig.AUTH_MODE_CONFIG).errorMessages()).isEmpty();
        assertThat(values.get(X3ConnectionConfig.PASSWORD_CONFIG).visible()).isFalse();
        assertThat(values.get(X3ConnectionConfig.REFRESH_TOKEN_CONFIG).visible()).isTrue();
    }

    @Test
    void backoffCapBelowTheFirstWaitIsReportedOnTheCap() {
        Map<String, String> props = basic();
        props.put(X3SourceConfig.RETRY_BACKOFF_MS_CONFIG, "5000");
        props.put(X3SourceConfig.RETRY_BACKOFF_MAX_MS_CONFIG, "1000");

        assertThat(validate(props).get(X3SourceConfig.RETRY_BACKOFF_MAX_MS_CONFIG).errorMessages()).hasSize(1);
        assertThatThrownBy(() -> X3SourceConfig.CHECKS.enforce(props)).isInstanceOf(ConfigException.class)
                .hasMessageContaining("retry.backoff.max.ms");
    }

    @Test
    void enforceNamesEveryProblemWithoutSecrets() {
        Map<String, String> props = basic();
        props.put(X3ConnectionConfig.AUTH_MODE_CONFIG, "JWT");

        assertThatThrownBy(() -> X3SourceConfig.CHECKS.enforce(props)).isInstanceOf(ConfigException.class)
                .hasMessageContaining("x3.client.id is required").hasMessageContaining("x3.client.secret is required")
                .hasMessageNotContaining("s3cret-pw");
        X3SourceConfig.CHECKS.enforce(basic());
    }
}
