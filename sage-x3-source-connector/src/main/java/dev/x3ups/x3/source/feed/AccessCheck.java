package dev.x3ups.x3.source.feed;

import dev.x3ups.x3.client.OrderFeed;
import dev.x3ups.x3.client.X3AuthenticationException;
import dev.x3ups.x3.client.X3Exception;
import dev.x3ups.x3.client.X3RejectedException;
import dev.x3ups.x3.source.config.X3SourceConfig;
import java.util.Map;
import org.apache.kafka.common.config.ConfigValue;

/**
 * "Will this work?" for {@code PUT /connector-plugins/{class}/config/validate}: opens the feed,
 * authenticates against X3, and reports a failure on the setting to fix — refused credentials on
 * the secret, an unknown endpoint on the endpoint, an unreachable server on the URL. Rotating
 * refresh tokens are not tried: each use revokes the token.
 */
public final class AccessCheck {

    private final OrderFeedFactory feeds;

    public AccessCheck(OrderFeedFactory feeds) {
        this.feeds = feeds;
    }

    /** Only call when {@code values} hold no errors yet. */
    public void check(Map<String, String> props, Map<String, ConfigValue> values) {
        X3SourceConfig config = new X3SourceConfig(props);
        if (config.authMode().singleHolder()) {
            // Logging in would rotate the refresh token away from the task; settings are checked only.
            return;
        }
        String url = config.url();
        try (OrderFeed feed = feeds.open(config)) {
            feed.checkAccess();
        } catch (X3AuthenticationException e) {
            report(values, config.authMode().secretSetting(), "X3 refused the credentials: " + e.getMessage());
        } catch (X3RejectedException e) {
            report(values, X3SourceConfig.ENDPOINT_CONFIG,
                    "X3 refused access to endpoint '" + config.endpoint() + "': " + e.getMessage());
        } catch (X3Exception e) {
            report(values, X3SourceConfig.URL_CONFIG, "X3 at " + url + " did not answer"
                    + (e.httpStatus() > 0 ? " (HTTP " + e.httpStatus() + ")" : "") + ": " + e.getMessage());
        } catch (RuntimeException e) {
            report(values, X3SourceConfig.URL_CONFIG, "Could not reach X3 at " + url + ": " + e.getMessage());
        }
    }

    private static void report(Map<String, ConfigValue> values, String setting, String message) {
        ConfigValue value = values.get(setting);
        if (value != null) {
            value.addErrorMessage(message);
        }
    }
}
