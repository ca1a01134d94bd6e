package dev.x3ups.quickstart.config;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Moves local endpoints in connector configs to where the quickstart really runs them, touching only
 * {@code localhost}/{@code 127.0.0.1} host:port pairs and bare webhook-port values: credentials and
 * every other setting stay as the file has them.
 */
public final class EndpointRewriter {

    private static final Pattern LOCAL = Pattern.compile("\\b(localhost|127\\.0\\.0\\.1|0\\.0\\.0\\.0):(\\d{1,5})\\b");

    private final Map<Integer, Integer> ports;

    /** {@code ports}: configured port → port in use. */
    public EndpointRewriter(Map<Integer, Integer> ports) {
        this.ports = Map.copyOf(ports);
    }

    public ConnectorConfig rewrite(ConnectorConfig connector) {
        Map<String, String> out = new LinkedHashMap<>();
        connector.config().forEach((key, value) -> out.put(key, rewrite(key, value)));
        return connector.with(out);
    }

    String rewrite(String key, String value) {
        if (value == null) {
            return null;
        }
        if (ConfiguredEndpoints.isWebhookPortKey(key)) {
            try {
                Integer moved = ports.get(Integer.parseInt(value.trim()));
                return moved == null ? value : String.valueOf(moved);
            } catch (NumberFormatException e) {
                return value;
            }
        }
        Matcher m = LOCAL.matcher(value);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            Integer moved = ports.get(Integer.parseInt(m.group(2)));
            String host = "0.0.0.0".equals(m.group(1)) ? m.group(1) : "127.0.0.1";
            String replacement = moved == null ? m.group() : host + ":" + moved;
            m.appendReplacement(sb, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(sb);
        return sb.toString();
    }
}
