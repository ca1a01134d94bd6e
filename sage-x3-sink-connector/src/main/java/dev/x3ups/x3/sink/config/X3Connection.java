package dev.x3ups.x3.sink.config;

import dev.x3ups.x3.client.X3ClientConfig;
import dev.x3ups.x3.client.connect.X3ConnectionConfig;

/** The X3 client configuration of the sink: the shared connection settings and the target's GraphQL path. */
public final class X3Connection {

    private X3Connection() {
    }

    public static X3ClientConfig clientConfig(X3SinkConfig config) {
        return X3ConnectionConfig.toClientConfig(config)
                .graphQlApi(config.getString(X3SinkConfig.GRAPHQL_PATH_CONFIG).trim())
                .build();
    }
}
