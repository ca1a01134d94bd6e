package dev.x3ups.x3.client.connect;

import dev.x3ups.client.Secret;
import dev.x3ups.connect.ConfigProblems;
import dev.x3ups.x3.client.Transport;
import dev.x3ups.x3.client.X3ClientConfig;
import dev.x3ups.x3.client.auth.BasicCredentials;
import dev.x3ups.x3.client.auth.ClientCredentials;
import dev.x3ups.x3.client.auth.ConnectedAppCredentials;
import dev.x3ups.x3.client.auth.RefreshTokenCredentials;
import dev.x3ups.x3.client.auth.X3Credentials;
import dev.x3ups.x3.client.http.TransientMessages;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.kafka.common.config.AbstractConfig;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.Importance;
import org.apache.kafka.common.config.ConfigDef.Type;
import org.apache.kafka.common.config.ConfigDef.Width;
import org.apache.kafka.common.config.ConfigValue;
import org.apache.kafka.common.config.types.Password;

/**
 * The X3 connection and authentication settings both X3 connectors share: one {@link ConfigDef}
 * fragment (groups "Connection" and "Authentication"), the checks that span them, and the mapping to
 * an {@link X3ClientConfig}. Every credential is a {@code PASSWORD}.
 */
public final class X3ConnectionConfig {

    public static final String GROUP_CONNECTION = "Connection";
    public static final String GROUP_AUTHENTICATION = "Authentication";
    public static final String GROUP_TOKEN_TOPIC = "Refresh token topic";

    public static final String URL_CONFIG = "x3.url";
    public static final String URL_DOC = "Base URL of the X3 (Syracuse / X3 Services) server, e.g. "
            + "https://x3.example.com:8124. REST calls go to {url}/api1/x3/erp/{endpoint}, GraphQL calls to {url} "
            + "followed by the GraphQL path.";
    public static final String URL_DISPLAY = "X3 URL";

    public static final String ENDPOINT_CONFIG = "x3.endpoint";
    public static final String ENDPOINT_DOC = "Syracuse endpoint name, which maps to one X3 folder (e.g. SEED).";
    public static final String ENDPOINT_DISPLAY = "Endpoint / folder";

    public static final String TRANSPORT_CONFIG = "x3.transport";
    public static final String TRANSPORT_DOC = "How orders are read: REST (api1 $query) or GRAPHQL (X3 Services / X3 Cloud).";
    public static final String TRANSPORT_DISPLAY = "Transport";

    public static final String GRAPHQL_PATH_CONFIG = "x3.graphql.path";
    public static final String GRAPHQL_PATH_DOC = "Path of the GraphQL API: /xtrem/api for X3 Services (the endpoint "
            + "goes in the x-xtrem-endpoint header), or /v1/service/{endpoint}/api for the X3 Cloud gateway.";
    public static final String GRAPHQL_PATH_DISPLAY = "GraphQL path";

    public static final String TRANSIENT_MESSAGES_CONFIG = "x3.transient.messages";
    public static final String TRANSIENT_MESSAGES_DOC = "Regular expressions (case-insensitive, comma-separated) "
            + "matching X3 error messages that mean 'busy, try again later' although X3 sends them as error "
            + "diagnoses in an HTTP 200 or 5xx, such as a busy web-service pool or an exhausted licence volume. "
            + "Such calls are retried with backoff instead of failing.";
    public static final String TRANSIENT_MESSAGES_DISPLAY = "Transient X3 messages";

    public static final String AUTH_MODE_CONFIG = "x3.auth.mode";
    public static final String AUTH_MODE_DOC = "BASIC (user + password, api1), JWT (connected application: client id + "
            + "secret + user), REFRESH_TOKEN (X3 Cloud: client id + secret + token URL + refresh token), or "
            + "CLIENT_CREDENTIALS (client id + secret + token URL).";
    public static final String AUTH_MODE_DISPLAY = "Authentication mode";

    public static final String USERNAME_CONFIG = "x3.username";
    public static final String USERNAME_DOC = "Syracuse login: the Basic user, or the JWT subject (sub) in JWT mode.";
    public static final String USERNAME_DISPLAY = "User";

    public static final String PASSWORD_CONFIG = "x3.password";
    public static final String PASSWORD_DOC = "Password of the Basic user.";
    public static final String PASSWORD_DISPLAY = "Password";

    public static final String CLIENT_ID_CONFIG = "x3.client.id";
    public static final String CLIENT_ID_DOC = "Connected-application or OAuth2 client id (JWT issuer in JWT mode).";
    public static final String CLIENT_ID_DISPLAY = "Client id";

    public static final String CLIENT_SECRET_CONFIG = "x3.client.secret";
    public static final String CLIENT_SECRET_DOC = "Connected-application secret (HS256 signing key) or OAuth2 client secret.";
    public static final String CLIENT_SECRET_DISPLAY = "Client secret";

    public static final String TOKEN_URL_CONFIG = "x3.token.url";
    public static final String TOKEN_URL_DOC = "OAuth2 token endpoint, e.g. https://api.eu-sagex3.com/v1/token.";
    public static final String TOKEN_URL_DISPLAY = "Token URL";

    public static final String REFRESH_TOKEN_CONFIG = "x3.refresh.token";
    public static final String REFRESH_TOKEN_DOC = "Refresh token from the X3 Cloud pairing. X3 rotates it on every use; "
            + "the rotated token is kept in the token topic when x3.refresh.token.bootstrap.servers is set, else in "
            + "x3.refresh.token.file when set. Give the X3 source and sink of one pairing the same token.";
    public static final String REFRESH_TOKEN_DISPLAY = "Refresh token";

    public static final String REFRESH_TOKEN_FILE_CONFIG = "x3.refresh.token.file";
    public static final String REFRESH_TOKEN_FILE_DOC = "File where the newest refresh token is persisted across "
            + "restarts, readable and writable by every worker that may run the task. Empty: memory only.";
    public static final String REFRESH_TOKEN_FILE_DISPLAY = "Refresh token file";

    public static final String TOKEN_BOOTSTRAP_SERVERS_CONFIG = "x3.refresh.token.bootstrap.servers";
    public static final String TOKEN_BOOTSTRAP_SERVERS_DOC = "Kafka bootstrap servers of the topic that keeps the "
            + "rotating refresh token for every worker (Connect does not hand its own to connectors). When set, "
            + "the token lives in x3.refresh.token.topic, sealed with the encrypted config provider's key, and "
            + "one holder at a time rotates it, so the task can move to any worker and an X3 source and sink of "
            + "the same pairing (X3 URL + client id) share it. Kafka client settings for it (security.protocol, "
            + "sasl.*, ssl.*) go in x3.refresh.token.client.*. Empty: x3.refresh.token.file, else memory.";
    public static final String TOKEN_BOOTSTRAP_SERVERS_DISPLAY = "Token topic bootstrap servers";

    public static final String TOKEN_TOPIC_CONFIG = "x3.refresh.token.topic";
    public static final String TOKEN_TOPIC_DOC = "Compacted topic keeping the rotating refresh token per pairing "
            + "(created with one partition when missing). Holds ciphertext only.";
    public static final String TOKEN_TOPIC_DISPLAY = "Token topic";

    /** Prefix of Kafka client settings for the token topic, passed to its admin client, producer and consumer. */
    public static final String TOKEN_CLIENT_PREFIX = "x3.refresh.token.client.";

    public static final String TOKEN_KEY_FILE_CONFIG = "x3.refresh.token.key.file";
    public static final String TOKEN_KEY_FILE_DOC = "Key file of the encrypted config provider (its key.file "
            + "parameter): the refresh token is sealed in the topic with its current key.";
    public static final String TOKEN_KEY_FILE_DISPLAY = "Token topic key file";

    public static final String TOKEN_KEY_ENV_CONFIG = "x3.refresh.token.key.env";
    public static final String TOKEN_KEY_ENV_DOC = "Environment variable holding the encrypted config provider's "
            + "keys (its key.env parameter), instead of or besides x3.refresh.token.key.file.";
    public static final String TOKEN_KEY_ENV_DISPLAY = "Token topic key variable";

    public static final String JWT_AUDIENCE_CONFIG = "x3.jwt.audience";
    public static final String JWT_AUDIENCE_DOC = "Audience (aud) claim of self-signed connected-application tokens; empty for none.";
    public static final String JWT_AUDIENCE_DISPLAY = "JWT audience";

    public static final String OAUTH_SCOPE_CONFIG = "x3.oauth.scope";
    public static final String OAUTH_SCOPE_DOC = "OAuth2 scope to request; empty for the gateway's default.";
    public static final String OAUTH_SCOPE_DISPLAY = "OAuth2 scope";

    private static final List<String> TRANSPORTS = Arrays.stream(Transport.values()).map(Enum::name).toList();
    private static final List<String> AUTH_MODES = Arrays.stream(AuthMode.values()).map(Enum::name).toList();

    private final boolean transport;
    private final String endpointDoc;
    private final String refreshTokenFileDoc;

    private X3ConnectionConfig(boolean transport, String endpointDoc, String refreshTokenFileDoc) {
        this.transport = transport;
        this.endpointDoc = endpointDoc;
        this.refreshTokenFileDoc = refreshTokenFileDoc;
    }

    /** The fragment of a connector that reads orders: it also chooses REST or GraphQL and the GraphQL path. */
    public static X3ConnectionConfig withTransport() {
        return new X3ConnectionConfig(true, ENDPOINT_DOC, REFRESH_TOKEN_FILE_DOC);
    }

    /** The fragment of a connector whose own settings decide how it talks to X3. */
    public static X3ConnectionConfig withoutTransport() {
        return new X3ConnectionConfig(false, ENDPOINT_DOC, REFRESH_TOKEN_FILE_DOC);
    }

    /** With the connector's own description of what the endpoint means to it. */
    public X3ConnectionConfig endpointDoc(String doc) {
        return new X3ConnectionConfig(transport, doc, refreshTokenFileDoc);
    }

    /** With the connector's own description of the refresh token file (required or not, shared or not). */
    public X3ConnectionConfig refreshTokenFileDoc(String doc) {
        return new X3ConnectionConfig(transport, endpointDoc, doc);
    }

    /** Defines the connection and authentication settings in {@code def}; returns {@code def}. */
    public ConfigDef addTo(ConfigDef def) {
        int order = 0;
        def.define(URL_CONFIG, Type.STRING, ConfigDef.NO_DEFAULT_VALUE, ConnectValidators.httpUrl(), Importance.HIGH,
                URL_DOC, GROUP_CONNECTION, ++order, Width.LONG, URL_DISPLAY);
        def.define(ENDPOINT_CONFIG, Type.STRING, ConfigDef.NO_DEFAULT_VALUE, new ConfigDef.NonEmptyStringWithoutControlChars(),
                Importance.HIGH, endpointDoc, GROUP_CONNECTION, ++order, Width.SHORT, ENDPOINT_DISPLAY);
        if (transport) {
            def.define(TRANSPORT_CONFIG, Type.STRING, Transport.REST.name(), ConnectValidators.oneOf(TRANSPORTS),
                    Importance.HIGH, TRANSPORT_DOC, GROUP_CONNECTION, ++order, Width.SHORT, TRANSPORT_DISPLAY,
                    ConnectValidators.choices(TRANSPORTS));
            def.define(GRAPHQL_PATH_CONFIG, Type.STRING, X3ClientConfig.XTREM_PATH,
                    new ConfigDef.NonEmptyStringWithoutControlChars(), Importance.LOW, GRAPHQL_PATH_DOC,
                    GROUP_CONNECTION, ++order, Width.MEDIUM, GRAPHQL_PATH_DISPLAY);
        }
        def.define(TRANSIENT_MESSAGES_CONFIG, Type.LIST, String.join(",", TransientMessages.DEFAULT_PATTERNS),
                ConnectValidators.regularExpressions(), Importance.LOW, TRANSIENT_MESSAGES_DOC, GROUP_CONNECTION,
                ++order, Width.LONG, TRANSIENT_MESSAGES_DISPLAY);

        ConfigDef.Recommender auth = new AuthModeRecommender();
        List<String> dependsOnMode = List.of(AUTH_MODE_CONFIG);
        order = 0;
        def.define(AUTH_MODE_CONFIG, Type.STRING, AuthMode.BASIC.name(), ConnectValidators.oneOf(AUTH_MODES),
                Importance.HIGH, AUTH_MODE_DOC, GROUP_AUTHENTICATION, ++order, Width.MEDIUM, AUTH_MODE_DISPLAY,
                ConnectValidators.choices(AUTH_MODES));
        def.define(USERNAME_CONFIG, Type.STRING, null, Importance.HIGH, USERNAME_DOC, GROUP_AUTHENTICATION, ++order,
                Width.MEDIUM, USERNAME_DISPLAY, dependsOnMode, auth);
        def.define(PASSWORD_CONFIG, Type.PASSWORD, null, Importance.HIGH, PASSWORD_DOC, GROUP_AUTHENTICATION, ++order,
                Width.MEDIUM, PASSWORD_DISPLAY, dependsOnMode, auth);
        def.define(CLIENT_ID_CONFIG, Type.STRING, null, Importance.HIGH, CLIENT_ID_DOC, GROUP_AUTHENTICATION, ++order,
                Width.MEDIUM, CLIENT_ID_DISPLAY, dependsOnMode, auth);
        def.define(CLIENT_SECRET_CONFIG, Type.PASSWORD, null, Importance.HIGH, CLIENT_SECRET_DOC, GROUP_AUTHENTICATION,
                ++order, Width.MEDIUM, CLIENT_SECRET_DISPLAY, dependsOnMode, auth);
        def.define(TOKEN_URL_CONFIG, Type.STRING, null, ConnectValidators.httpUrl(), Importance.MEDIUM, TOKEN_URL_DOC,
                GROUP_AUTHENTICATION, ++order, Width.LONG, TOKEN_URL_DISPLAY, dependsOnMode, auth);
        def.define(REFRESH_TOKEN_CONFIG, Type.PASSWORD, null, Importance.HIGH, REFRESH_TOKEN_DOC, GROUP_AUTHENTICATION,
                ++order, Width.LONG, REFRESH_TOKEN_DISPLAY, dependsOnMode, auth);
        def.define(REFRESH_TOKEN_FILE_CONFIG, Type.STRING, "", Importance.MEDIUM, refreshTokenFileDoc,
                GROUP_AUTHENTICATION, ++order, Width.LONG, REFRESH_TOKEN_FILE_DISPLAY, dependsOnMode, auth);
        def.define(JWT_AUDIENCE_CONFIG, Type.STRING, "", Importance.LOW, JWT_AUDIENCE_DOC, GROUP_AUTHENTICATION,
                ++order, Width.MEDIUM, JWT_AUDIENCE_DISPLAY, dependsOnMode, auth);
        def.define(OAUTH_SCOPE_CONFIG, Type.STRING, "", Importance.LOW, OAUTH_SCOPE_DOC, GROUP_AUTHENTICATION,
                ++order, Width.MEDIUM, OAUTH_SCOPE_DISPLAY, dependsOnMode, auth);
        order = 0;
        def.define(TOKEN_BOOTSTRAP_SERVERS_CONFIG, Type.STRING, "", Importance.MEDIUM, TOKEN_BOOTSTRAP_SERVERS_DOC,
                GROUP_TOKEN_TOPIC, ++order, Width.LONG, TOKEN_BOOTSTRAP_SERVERS_DISPLAY, dependsOnMode, auth);
        def.define(TOKEN_TOPIC_CONFIG, Type.STRING, "x3.refresh.tokens", new ConfigDef.NonEmptyStringWithoutControlChars(),
                Importance.LOW, TOKEN_TOPIC_DOC, GROUP_TOKEN_TOPIC, ++order, Width.MEDIUM, TOKEN_TOPIC_DISPLAY,
                dependsOnMode, auth);
        def.define(TOKEN_KEY_FILE_CONFIG, Type.STRING, "", Importance.MEDIUM, TOKEN_KEY_FILE_DOC, GROUP_TOKEN_TOPIC,
                ++order, Width.LONG, TOKEN_KEY_FILE_DISPLAY, dependsOnMode, auth);
        def.define(TOKEN_KEY_ENV_CONFIG, Type.STRING, "", Importance.LOW, TOKEN_KEY_ENV_DOC, GROUP_TOKEN_TOPIC,
                ++order, Width.MEDIUM, TOKEN_KEY_ENV_DISPLAY, dependsOnMode, auth);
        return def;
    }

    /**
     * Problems that span settings, on the setting to change: a credential the chosen mode needs is
     * reported on that credential, not on {@code x3.auth.mode}. {@code values} as from
     * {@code ConfigDef.validateAll}.
     */
    public static Map<String, List<String>> check(Map<String, ConfigValue> values) {
        Map<String, List<String>> problems = new LinkedHashMap<>();
        ConfigValue modeValue = values.get(AUTH_MODE_CONFIG);
        if (modeValue == null || !modeValue.errorMessages().isEmpty()) {
            return problems;
        }
        AuthMode.parse(modeValue.value()).ifPresent(mode -> {
            for (String required : mode.requiredSettings()) {
                ConfigValue value = values.get(required);
                if (value != null && ConfigProblems.isEmpty(value.value())) {
                    problems.put(required, List.of(required + " is required when " + AUTH_MODE_CONFIG + " is " + mode));
                }
            }
            if (mode == AuthMode.REFRESH_TOKEN) {
                problems.putAll(TokenStoreChecks.problems(values));
            }
        });
        return problems;
    }

    /** Whether the settings give a rotated refresh token a home that outlives the process (topic or file). */
    public static boolean rotatedTokenOutlivesTheProcess(Map<String, ConfigValue> values) {
        return TokenStoreChecks.durable(values);
    }

    /**
     * A client configuration for the settings: server, endpoint, credentials, transient messages, and
     * the transport and GraphQL path where the connector defines them. The connector adds what is its
     * own (representations, its GraphQL path).
     */
    public static X3ClientConfig.Builder toClientConfig(AbstractConfig config) {
        X3ClientConfig.Builder builder = X3ClientConfig.builder()
                .baseUrl(url(config))
                .endpoint(endpoint(config))
                .credentials(credentials(config))
                .transientMessages(TransientMessages.of(config.getList(TRANSIENT_MESSAGES_CONFIG)));
        if (config.values().containsKey(TRANSPORT_CONFIG)) {
            builder.transport(Transport.valueOf(config.getString(TRANSPORT_CONFIG).trim().toUpperCase(Locale.ROOT)));
        }
        if (config.values().containsKey(GRAPHQL_PATH_CONFIG)) {
            builder.graphQlApi(config.getString(GRAPHQL_PATH_CONFIG).trim());
        }
        return builder;
    }

    /** {@code x3.url} without a trailing slash. */
    public static String url(AbstractConfig config) {
        String url = config.getString(URL_CONFIG).trim();
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    public static String endpoint(AbstractConfig config) {
        return config.getString(ENDPOINT_CONFIG).trim();
    }

    public static AuthMode authMode(AbstractConfig config) {
        return AuthMode.valueOf(config.getString(AUTH_MODE_CONFIG).trim().toUpperCase(Locale.ROOT));
    }

    /** A string or password setting, trimmed, or null when empty. Only for handing secrets to the client. */
    public static String text(AbstractConfig config, String name) {
        Object value = config.values().get(name);
        String text = value instanceof Password password ? password.value() : (String) value;
        return text == null || text.isBlank() ? null : text.trim();
    }

    static X3Credentials credentials(AbstractConfig config) {
        String user = text(config, USERNAME_CONFIG);
        String clientId = text(config, CLIENT_ID_CONFIG);
        Secret clientSecret = Secret.ofNullable(text(config, CLIENT_SECRET_CONFIG));
        String tokenUrl = text(config, TOKEN_URL_CONFIG);
        return switch (authMode(config)) {
            case BASIC -> new BasicCredentials(user, Secret.ofNullable(text(config, PASSWORD_CONFIG)));
            case JWT -> new ConnectedAppCredentials(clientId, clientSecret, user, text(config, JWT_AUDIENCE_CONFIG), null);
            case REFRESH_TOKEN -> {
                String file = text(config, REFRESH_TOKEN_FILE_CONFIG);
                yield new RefreshTokenCredentials(tokenUrl, clientId, clientSecret,
                        Secret.ofNullable(text(config, REFRESH_TOKEN_CONFIG)), file == null ? null : Path.of(file),
                        null, null, TokenStoreChecks.topic(config));
            }
            case CLIENT_CREDENTIALS -> new ClientCredentials(tokenUrl, clientId, clientSecret,
                    text(config, OAUTH_SCOPE_CONFIG), null);
        };
    }
}
