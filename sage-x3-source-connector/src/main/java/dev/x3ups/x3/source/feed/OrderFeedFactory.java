package dev.x3ups.x3.source.feed;

import dev.x3ups.x3.client.OrderFeed;
import dev.x3ups.x3.source.config.X3SourceConfig;

/** Opens the X3 order feed the configuration describes; tests pass a fake. */
@FunctionalInterface
public interface OrderFeedFactory {

    OrderFeed open(X3SourceConfig config);
}
