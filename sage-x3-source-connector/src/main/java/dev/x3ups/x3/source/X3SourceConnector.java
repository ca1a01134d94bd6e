package dev.x3ups.x3.source;

import dev.x3ups.connect.ConnectorCore;
import dev.x3ups.connect.ConnectorValidation;
import dev.x3ups.connect.CoreSourceConnector;
import dev.x3ups.x3.client.connect.X3ConnectionConfig;
import dev.x3ups.x3.source.config.X3SourceConfig;
import dev.x3ups.x3.source.feed.AccessCheck;
import dev.x3ups.x3.source.feed.ClientOrderFeeds;
import dev.x3ups.x3.source.feed.OrderFeedFactory;
import dev.x3ups.x3.source.offset.OffsetAlteration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.connect.source.ExactlyOnceSupport;

/**
 * Sage X3 sales and purchase orders into {@code x3.orders}, incrementally, one source partition per
 * {folder, entity}. Exactly-once capable: each record carries the offset that covers it.
 */
public class X3SourceConnector extends CoreSourceConnector {

    public X3SourceConnector() {
        this(ClientOrderFeeds::open);
    }

    /** {@code validate()}: field checks, cross-field checks, then — only if all passed — a real call to X3. */
    X3SourceConnector(OrderFeedFactory feeds) {
        super(new ConnectorCore(X3SourceConfig.CONFIG_DEF, X3SourceTask.class, Version.get(),
                X3SourceConfig.CHECKS::enforce, X3SourceConnector::split,
                ConnectorValidation.of(X3SourceConfig.CHECKS.localChecks(), (props, values) ->
                        new AccessCheck(feeds).check(props, ConnectorValidation.byName(values)))));
    }

    private static List<Map<String, String>> split(Map<String, String> props, int maxTasks) {
        X3SourceConfig config = new X3SourceConfig(props);
        // A rotating refresh token can only have one holder, so one task reads every partition.
        int tasks = config.singleTokenHolder() ? 1 : maxTasks;
        return TaskAssignment.split(props, config.entities(), tasks);
    }

    @Override
    public ExactlyOnceSupport exactlyOnceSupport(Map<String, String> connectorConfig) {
        return ExactlyOnceSupport.SUPPORTED;
    }

    /** Lets an operator re-sync from a date with {@code PATCH /connectors/{name}/offsets}. */
    @Override
    public boolean alterOffsets(Map<String, String> connectorConfig, Map<Map<String, ?>, Map<String, ?>> offsets) {
        String folder = connectorConfig.getOrDefault(X3ConnectionConfig.ENDPOINT_CONFIG, "").trim();
        OffsetAlteration.validate(folder, offsets);
        return true;
    }
}
