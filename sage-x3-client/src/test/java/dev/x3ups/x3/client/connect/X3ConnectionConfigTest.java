package dev.x3ups.x3.client.connect;

import static org.assertj.core.api.Assertions.assertThat;

import dev.x3ups.x3.client.Transport;
import dev.x3ups.x3.client.X3ClientConfig;
import dev.x3ups.x3.client.auth.BasicCredentials;
import dev.x3ups.x3.client.auth.ClientCredentials;
import dev.x3ups.x3.client.auth.ConnectedAppCredentials;
import dev.x3ups.x3.client.auth.RefreshTokenCredentials;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.kafka.common.config.AbstractConfig;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigValue;
import org.apache.kafka.common.config.types.Password;
import org.junit.jupiter.api.Test;

class X3ConnectionConfigTest {

    private static final ConfigDef READER = X3ConnectionConfig.withTransport().addTo(new ConfigDef());
    private static final ConfigDef WRITER = X3ConnectionConfig.withoutTransport()
            .endpointDoc("Folder written to.").addTo(new ConfigDef());

    static Map<String, String> basic() {
        Map<String, String> props = new HashMap<>();
        props.put("x3.url", "http://127.0.0.1:8124/");
        props.put("x3.endpoint", " SEED ");
        props.put("x3.username", "wsconnector");
        props.put("x3.password", "Connector#2025");
        return props;
    }

    private static Map<String, ConfigValue> validate(ConfigDef def, Map<String, String> props) {
        return def.validate(props).stream().collect(Collectors.toMap(ConfigValue::name, Function.identity()));
    }

    @Test
    void definesConnectionAndAuthenticationGroupsWithCredentialsAsPasswords() {
        assertThat(READER.groups()).containsExactly("Connection", "Authentication", "Refresh token topic");
        assertThat(READER.names()).contains("x3.transport", "x3.graphql.path", "x3.transient.messages");
        assertThat(WRITER.names()).doesNotContain("x3.transport", "x3.graphql.path").contains("x3.url", "x3.refresh.token.file");
        for (String secret : List.of("x3.password", "x3.client.secret", "x3.refresh.token")) {
            assertThat(READER.configKeys().get(secret).type).isEqualTo(ConfigDef.Type.PASSWORD);
        }
        assertThat(WRITER.configKeys().get("x3.endpoint").documentation).isEqualTo("Folder written to.");
        assertThat(READER.defaultValues()).containsEntry("x3.auth.mode", "BASIC").containsEntry("x3.transport", "REST");
    }

    @Test
    void aMissingCredentialIsReportedOnItselfForTheChosenMode() {
        Map<String, String> props = basic();
        props.put("x3.auth.mode", "client_credentials");
        props.put("x3.client.id", "x3ups-cloud-app");

        Map<String, List<String>> problems = X3ConnectionConfig.check(validate(READER, props));

        assertThat(problems).containsOnlyKeys("x3.client.secret", "x3.token.url");
        assertThat(problems.get("x3.client.secret"))
                .containsExactly("x3.client.secret is required when x3.auth.mode is CLIENT_CREDENTIALS");
        assertThat(X3ConnectionConfig.check(validate(READER, basic()))).isEmpty();
    }

    @Test
    void anUnknownModeIsLeftToItsOwnValidator() {
        Map<String, String> props = basic();
        props.put("x3.auth.mode", "KERBEROS");
        Map<String, ConfigValue> values = validate(READER, props);

        assertThat(values.get("x3.auth.mode").errorMessages()).isNotEmpty()
                .allSatisfy(m -> assertThat(m).contains("must be one of [BASIC, JWT, REFRESH_TOKEN, CLIENT_CREDENTIALS]"));
        assertThat(X3ConnectionConfig.check(values)).isEmpty();
    }

    @Test
    void unusedCredentialsAreHiddenForTheChosenMode() {
        Map<String, String> props = basic();
        props.put("x3.auth.mode", "JWT");
        Map<String, ConfigValue> values = validate(READER, props);

        assertThat(values.get("x3.client.secret").visible()).isTrue();
        assertThat(values.get("x3.jwt.audience").visible()).isTrue();
        assertThat(values.get("x3.password").visible()).isFalse();
        assertThat(values.get("x3.refresh.token.file").visible()).isFalse();
    }

    @Test
    void badTransientPatternsAreRefusedOnTheirSetting() {
        Map<String, String> props = basic();
        props.put("x3.transient.messages", "pool is (busy");

        assertThat(validate(READER, props).get("x3.transient.messages").errorMessages())
                .singleElement().asString().contains("not a regular expression");
    }

    @Test
    void basicSettingsBecomeAClientConfigWithoutShowingThePassword() {
        X3ClientConfig client = X3ConnectionConfig.toClientConfig(new AbstractConfig(READER, basic())).build();

        assertThat(client.baseUrl()).isEqualTo("http://127.0.0.1:8124");
        assertThat(client.endpoint()).isEqualTo("SEED");
        assertThat(client.transport()).isEqualTo(Transport.REST);
        assertThat(((BasicCredentials) client.credentials()).password().reveal()).isEqualTo("Connector#2025");
        assertThat(client.transientMessages().matches("Web service pool is busy, retry later")).isTrue();
        assertThat(client.toString()).doesNotContain("Connector#2025");
    }

    @Test
    void graphQlThroughTheGatewayWithConnectedAppAndOwnTransientMessages() {
        Map<String, String> props = basic();
        props.put("x3.transport", "graphql");
        props.put("x3.graphql.path", "/v1/service/{endpoint}/api");
        props.put("x3.auth.mode", "JWT");
        props.put("x3.client.id", "x3ups-connector");
        props.put("x3.client.secret", "x3ups-connected-app-secret-0123456789abcdef");
        props.put("x3.jwt.audience", "x3");
        props.put("x3.transient.messages", "folder \\w+ locked");

        X3ClientConfig client = X3ConnectionConfig.toClientConfig(new AbstractConfig(READER, props)).build();

        assertThat(client.transport()).isEqualTo(Transport.GRAPHQL);
        assertThat(client.graphQlPath()).isEqualTo("/v1/service/SEED/api");
        assertThat(client.graphQlEndpointHeader()).isNull();
        ConnectedAppCredentials credentials = (ConnectedAppCredentials) client.credentials();
        assertThat(credentials.user()).isEqualTo("wsconnector");
        assertThat(credentials.audience()).isEqualTo("x3");
        assertThat(client.transientMessages().patterns()).containsExactly("folder \\w+ locked");
    }

    @Test
    void refreshTokenWithItsFileAndClientCredentialsWithScope() {
        Map<String, String> props = basic();
        props.put("x3.auth.mode", "REFRESH_TOKEN");
        props.put("x3.client.id", "x3ups-cloud-app");
        props.put("x3.client.secret", "x3ups-cloud-app-secret");
        props.put("x3.token.url", "http://127.0.0.1:8124/v1/token");
        props.put("x3.refresh.token", "rt-1");
        props.put("x3.refresh.token.file", "/var/lib/connect/x3.token");
        RefreshTokenCredentials refresh = (RefreshTokenCredentials) X3ConnectionConfig.credentials(
                new AbstractConfig(WRITER, props));
        assertThat(refresh.storeFile()).isEqualTo(Path.of("/var/lib/connect/x3.token"));
        assertThat(refresh.initialRefreshToken().reveal()).isEqualTo("rt-1");

        props.put("x3.auth.mode", "CLIENT_CREDENTIALS");
        props.put("x3.oauth.scope", "x3.read");
        ClientCredentials client = (ClientCredentials) X3ConnectionConfig.credentials(new AbstractConfig(WRITER, props));
        assertThat(client.scope()).isEqualTo("x3.read");
        assertThat(client.clientSecret().reveal()).isEqualTo("x3ups-cloud-app-secret");
    }

    @Test
    void theTokenTopicNeedsAKeyExcludesTheFileAndCarriesItsClientSettings() {
        Map<String, String> props = basic();
        props.put("x3.auth.mode", "REFRESH_TOKEN");
        props.put("x3.client.id", "x3ups-cloud-app");
        props.put("x3.client.secret", "x3ups-cloud-app-secret");
        props.put("x3.token.url", "http://127.0.0.1:8124/v1/token");
        props.put("x3.refresh.token", "rt-1");
        props.put("x3.refresh.token.bootstrap.servers", "kafka-1:9092");
        props.put("x3.refresh.token.file", "/var/lib/connect/x3.token");
        Map<String, List<String>> problems = X3ConnectionConfig.check(validate(WRITER, props));
        assertThat(problems).containsOnlyKeys("x3.refresh.token.key.file", "x3.refresh.token.file");

        props.remove("x3.refresh.token.file");
        props.put("x3.refresh.token.key.env", "X3UPS_KEYS");
        props.put("x3.refresh.token.client.security.protocol", "SASL_SSL");
        assertThat(X3ConnectionConfig.check(validate(WRITER, props))).isEmpty();
        RefreshTokenCredentials refresh = (RefreshTokenCredentials) X3ConnectionConfig.credentials(
                new AbstractConfig(WRITER, props));
        assertThat(refresh.storeFile()).isNull();
        assertThat(refresh.tokenTopic().bootstrapServers()).isEqualTo("kafka-1:9092");
        assertThat(refresh.tokenTopic().topic()).isEqualTo("x3.refresh.tokens");
        assertThat(refresh.tokenTopic().keyEnv()).isEqualTo("X3UPS_KEYS");
        assertThat(refresh.tokenTopic().clientSettings()).containsEntry("security.protocol", "SASL_SSL");
    }

    @Test
    void textTrimsAndTurnsBlankIntoNull() {
        Map<String, String> props = basic();
        props.put("x3.password", "  ");
        AbstractConfig config = new AbstractConfig(READER, props);

        assertThat(X3ConnectionConfig.text(config, "x3.password")).isNull();
        assertThat(X3ConnectionConfig.text(config, "x3.username")).isEqualTo("wsconnector");
        assertThat(config.getPassword("x3.password")).isInstanceOf(Password.class);
    }
}
