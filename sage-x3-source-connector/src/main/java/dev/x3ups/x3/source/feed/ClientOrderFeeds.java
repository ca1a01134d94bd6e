package dev.x3ups.x3.source.feed;

import dev.x3ups.records.OrderKind;
import dev.x3ups.x3.client.OrderFeed;
import dev.x3ups.x3.client.Secret;
import dev.x3ups.x3.client.X3Client;
import dev.x3ups.x3.client.X3ClientConfig;
import dev.x3ups.x3.client.X3Representation;
import dev.x3ups.x3.client.auth.BasicCredentials;
import dev.x3ups.x3.client.auth.ClientCredentials;
import dev.x3ups.x3.client.auth.ConnectedAppCredentials;
import dev.x3ups.x3.client.auth.RefreshTokenCredentials;
import dev.x3ups.x3.client.auth.X3Credentials;
import dev.x3ups.x3.source.config.X3SourceConfig;
import java.nio.file.Path;

/** The real feed: the {@code sage-x3-client} configured from the connector's settings. */
public final class ClientOrderFeeds {

    private ClientOrderFeeds() {
    }

    /** A feed owning its own HTTP client; closing the feed closes the connections. */
    public static OrderFeed open(X3SourceConfig config) {
        return X3Client.orderFeed(clientConfig(config));
    }

    static X3ClientConfig clientConfig(X3SourceConfig config) {
        X3ClientConfig.Builder builder = X3ClientConfig.builder()
                .baseUrl(config.url())
                .endpoint(config.endpoint())
                .transport(config.transport())
                .credentials(credentials(config))
                .representation(OrderKind.SALES,
                        X3Representation.of("SORDER", config.representation(OrderKind.SALES)))
                .representation(OrderKind.PURCHASE,
                        X3Representation.of("PORDER", config.representation(OrderKind.PURCHASE)))
                .graphQlPath(config.graphQlPath());
        if (config.graphQlPath().contains("{endpoint}")) {
            // The gateway names the endpoint in the path; X3 Services wants the header instead.
            builder.graphQlEndpointHeader(null);
        }
        return builder.build();
    }

    static X3Credentials credentials(X3SourceConfig config) {
        String user = config.text(X3SourceConfig.USERNAME_CONFIG);
        String clientId = config.text(X3SourceConfig.CLIENT_ID_CONFIG);
        Secret clientSecret = Secret.ofNullable(config.text(X3SourceConfig.CLIENT_SECRET_CONFIG));
        String tokenUrl = config.text(X3SourceConfig.TOKEN_URL_CONFIG);
        return switch (config.authMode()) {
            case BASIC -> new BasicCredentials(user, Secret.ofNullable(config.text(X3SourceConfig.PASSWORD_CONFIG)));
            case JWT -> new ConnectedAppCredentials(clientId, clientSecret, user,
                    config.text(X3SourceConfig.JWT_AUDIENCE_CONFIG), null);
            case REFRESH_TOKEN -> {
                String file = config.text(X3SourceConfig.REFRESH_TOKEN_FILE_CONFIG);
                yield new RefreshTokenCredentials(tokenUrl, clientId, clientSecret,
                        Secret.ofNullable(config.text(X3SourceConfig.REFRESH_TOKEN_CONFIG)),
                        file == null ? null : Path.of(file), null, null);
            }
            case CLIENT_CREDENTIALS -> new ClientCredentials(tokenUrl, clientId, clientSecret,
                    config.text(X3SourceConfig.OAUTH_SCOPE_CONFIG), null);
        };
    }
}
