package dev.x3ups.x3.source.feed;

import dev.x3ups.records.OrderKind;
import dev.x3ups.x3.client.OrderFeed;
import dev.x3ups.x3.client.X3Client;
import dev.x3ups.x3.client.X3ClientConfig;
import dev.x3ups.x3.client.X3Representation;
import dev.x3ups.x3.client.connect.X3ConnectionConfig;
import dev.x3ups.x3.source.config.X3SourceConfig;

/** The real feed: the {@code sage-x3-client} configured from the connector's settings. */
public final class ClientOrderFeeds {

    private ClientOrderFeeds() {
    }

    /** A feed owning its own HTTP client; closing the feed closes the connections. */
    public static OrderFeed open(X3SourceConfig config) {
        return X3Client.orderFeed(clientConfig(config));
    }

    static X3ClientConfig clientConfig(X3SourceConfig config) {
        return X3ConnectionConfig.toClientConfig(config)
                .representation(OrderKind.SALES,
                        X3Representation.of("SORDER", config.representation(OrderKind.SALES)))
                .representation(OrderKind.PURCHASE,
                        X3Representation.of("PORDER", config.representation(OrderKind.PURCHASE)))
                .itemMaster(config.itemMaster())
                .writeBackLookup(config.writeBackLookup())
                .build();
    }
}
