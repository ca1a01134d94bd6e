package dev.x3ups.quickstart.config;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.function.Predicate;

/**
 * Which local port each service is named at in the connector JSON files, so the quickstart can move
 * them when it runs the services elsewhere: the X3 URL, the UPS base URL, Kafka bootstrap servers and
 * the webhook listener port.
 */
public record ConfiguredEndpoints(OptionalInt x3, OptionalInt ups, OptionalInt kafka, OptionalInt webhook) {

    public static ConfiguredEndpoints of(List<ConnectorConfig> connectors) {
        return new ConfiguredEndpoints(
                urlPort(connectors, key -> key.equals("x3.url")),
                urlPort(connectors, key -> key.equals("ups.base.url") || key.equals("ups.url")),
                bootstrapPort(connectors),
                webhookPort(connectors));
    }

    /** True for keys that hold the webhook listener's own port. */
    static boolean isWebhookPortKey(String key) {
        String k = key.toLowerCase();
        return (k.contains("listener") || k.contains("webhook")) && k.endsWith("port");
    }

    private static OptionalInt urlPort(List<ConnectorConfig> connectors, Predicate<String> key) {
        for (ConnectorConfig c : connectors) {
            for (Map.Entry<String, String> e : c.config().entrySet()) {
                if (key.test(e.getKey())) {
                    OptionalInt port = portOf(e.getValue());
                    if (port.isPresent()) {
                        return port;
                    }
                }
            }
        }
        return OptionalInt.empty();
    }

    private static OptionalInt bootstrapPort(List<ConnectorConfig> connectors) {
        for (ConnectorConfig c : connectors) {
            for (Map.Entry<String, String> e : c.config().entrySet()) {
                if (e.getKey().endsWith("bootstrap.servers")) {
                    String first = e.getValue().split(",")[0].trim();
                    int colon = first.lastIndexOf(':');
                    if (colon > 0) {
                        return parse(first.substring(colon + 1));
                    }
                }
            }
        }
        return OptionalInt.empty();
    }

    private static OptionalInt webhookPort(List<ConnectorConfig> connectors) {
        for (ConnectorConfig c : connectors) {
            for (Map.Entry<String, String> e : c.config().entrySet()) {
                if (isWebhookPortKey(e.getKey())) {
                    OptionalInt port = parse(e.getValue().trim());
                    if (port.isPresent()) {
                        return port;
                    }
                }
            }
        }
        return OptionalInt.empty();
    }

    private static OptionalInt portOf(String url) {
        try {
            int port = URI.create(url.trim()).getPort();
            return port > 0 ? OptionalInt.of(port) : OptionalInt.empty();
        } catch (IllegalArgumentException e) {
            return OptionalInt.empty();
        }
    }

    private static OptionalInt parse(String value) {
        try {
            int port = Integer.parseInt(value);
            return port > 0 && port <= 65535 ? OptionalInt.of(port) : OptionalInt.empty();
        } catch (NumberFormatException e) {
            return OptionalInt.empty();
        }
    }
}
