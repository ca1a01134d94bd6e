package dev.x3ups.ups.simulator.http;

import dev.x3ups.ups.simulator.ApiEndpoint;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A method and path template such as {@code /api/shipments/{version}/ship}. {@code endpoint} is null for
 * admin routes (no faults, no counting, no bearer token).
 */
public record Route(String method, String template, ApiEndpoint endpoint, boolean bearer, ApiHandler handler) {

    public static Route api(String method, String template, ApiEndpoint endpoint, ApiHandler handler) {
        return new Route(method, template, endpoint, true, handler);
    }

    public static Route open(String method, String template, ApiEndpoint endpoint, ApiHandler handler) {
        return new Route(method, template, endpoint, false, handler);
    }

    public static Route admin(String method, String template, ApiHandler handler) {
        return new Route(method, template, null, false, handler);
    }

    /** Percent-decodes one path segment ('+' stays a plus); null when malformed. */
    static String decode(String segment) {
        if (segment.indexOf('%') < 0) {
            return segment;
        }
        try {
            return URLDecoder.decode(segment.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The path variables (decoded, split before decoding so %2F stays inside a value) when this route matches. */
    public Optional<Map<String, String>> match(String requestMethod, String path) {
        if (!method.equals(requestMethod)) {
            return Optional.empty();
        }
        String[] want = template.split("/");
        String[] got = path.split("/");
        if (want.length != got.length) {
            return Optional.empty();
        }
        Map<String, String> vars = new HashMap<>();
        for (int i = 0; i < want.length; i++) {
            if (want[i].startsWith("{") && want[i].endsWith("}")) {
                if (got[i].isEmpty()) {
                    return Optional.empty();
                }
                String value = decode(got[i]);
                if (value == null) {
                    return Optional.empty();
                }
                vars.put(want[i].substring(1, want[i].length() - 1), value);
            } else if (!want[i].equals(got[i])) {
                return Optional.empty();
            }
        }
        return Optional.of(vars);
    }
}
