package dev.x3ups.x3.sink.config;

import dev.x3ups.x3.client.Secret;
import dev.x3ups.x3.client.X3ClientConfig;
import dev.x3ups.x3.client.X3Representation;
import dev.x3ups.records.OrderKind;
import dev.x3ups.x3.client.auth.BasicCredentials;
import dev.x3ups.x3.client.auth.ClientCredentials;
import dev.x3ups.x3.client.auth.ConnectedAppCredentials;
import dev.x3ups.x3.client.auth.RefreshTokenCredentials;
import dev.x3ups.x3.client.auth.X3Credentials;
import java.nio.file.Path;

/**
 * Builds the X3 client configuration from the connector settings. The sales representation is set
 * to the target class so that the client's access check queries the class the sink writes to.
 */
public final class X3Connection {

    private X3Connection() {
    }

    public static X3ClientConfig clientConfig(X3SinkConfig config) {
        X3ClientConfig.Builder builder = X3ClientConfig.builder()
                .baseUrl(config.url())
                .endpoint(config.endpoint())
                .credentials(credentials(config))
                .representation(OrderKind.SALES, X3Representation.of(
                        config.getString(X3SinkConfig.TARGET_CLASS_CONFIG).trim(),
                        config.getString(X3SinkConfig.TARGET_REPRESENTATION_CONFIG).trim()));
        String graphQlPath = config.getString(X3SinkConfig.GRAPHQL_PATH_CONFIG).trim();
        builder.graphQlPath(graphQlPath);
        if (graphQlPath.contains("{endpoint}")) {
            builder.graphQlEndpointHeader(null);
        }
        return builder.build();
    }

    static X3Credentials credentials(X3SinkConfig config) {
        return switch (config.authMode()) {
            case BASIC -> new BasicCredentials(config.text(X3SinkConfig.USERNAME_CONFIG),
                    secret(config, X3SinkConfig.PASSWORD_CONFIG));
            case JWT -> new ConnectedAppCredentials(config.text(X3SinkConfig.CLIENT_ID_CONFIG),
                    secret(config, X3SinkConfig.CLIENT_SECRET_CONFIG), config.text(X3SinkConfig.USERNAME_CONFIG),
                    config.text(X3SinkConfig.JWT_AUDIENCE_CONFIG), null);
            case REFRESH_TOKEN -> new RefreshTokenCredentials(config.text(X3SinkConfig.TOKEN_URL_CONFIG),
                    config.text(X3SinkConfig.CLIENT_ID_CONFIG), secret(config, X3SinkConfig.CLIENT_SECRET_CONFIG),
                    secret(config, X3SinkConfig.REFRESH_TOKEN_CONFIG), file(config), null, null);
            case CLIENT_CREDENTIALS -> new ClientCredentials(config.text(X3SinkConfig.TOKEN_URL_CONFIG),
                    config.text(X3SinkConfig.CLIENT_ID_CONFIG), secret(config, X3SinkConfig.CLIENT_SECRET_CONFIG),
                    config.text(X3SinkConfig.OAUTH_SCOPE_CONFIG), config.text(X3SinkConfig.JWT_AUDIENCE_CONFIG));
        };
    }

    private static Secret secret(X3SinkConfig config, String name) {
        return Secret.of(config.text(name));
    }

    private static Path file(X3SinkConfig config) {
        String file = config.text(X3SinkConfig.REFRESH_TOKEN_FILE_CONFIG);
        return file == null ? null : Path.of(file);
    }
}
