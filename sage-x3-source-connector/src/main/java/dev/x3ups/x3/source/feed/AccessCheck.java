package dev.x3ups.x3.source.feed;

import dev.x3ups.connect.ConfigProblems;
import dev.x3ups.x3.client.OrderFeed;
import dev.x3ups.x3.client.connect.X3AccessCheck;
import dev.x3ups.x3.source.config.X3SourceConfig;
import java.util.Map;
import org.apache.kafka.common.config.ConfigValue;

/**
 * "Will this work?" for {@code PUT /connector-plugins/{class}/config/validate}: opens the feed and
 * proves access with a one-row read (see {@link X3AccessCheck} for where failures are reported).
 * Like every live check of an X3 connector it never logs in with a rotating refresh token.
 */
public final class AccessCheck {

    private final OrderFeedFactory feeds;

    public AccessCheck(OrderFeedFactory feeds) {
        this.feeds = feeds;
    }

    /** Only call when {@code values} hold no errors yet. */
    public void check(Map<String, String> props, Map<String, ConfigValue> values) {
        X3SourceConfig config = new X3SourceConfig(props);
        X3AccessCheck check = X3AccessCheck.onEndpoint();
        ConfigProblems.report(check.check(config, () -> {
            try (OrderFeed feed = feeds.open(config)) {
                feed.checkAccess();
            }
        }), values);
    }
}
