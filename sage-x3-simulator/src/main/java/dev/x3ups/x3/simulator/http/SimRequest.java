package dev.x3ups.x3.simulator.http;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * An HTTP request as the handlers see it, independent of the server: method, decoded path, raw query,
 * headers (lower-case names) and the body as text.
 */
public record SimRequest(String method, String path, String rawQuery, Map<String, List<String>> headers, String body) {

    public SimRequest {
        Map<String, List<String>> lower = new LinkedHashMap<>();
        if (headers != null) {
            headers.forEach((k, v) -> lower.put(k.toLowerCase(Locale.ROOT), List.copyOf(v)));
        }
        headers = lower;
        body = body == null ? "" : body;
        rawQuery = rawQuery == null ? "" : rawQuery;
    }

    public String header(String name) {
        List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    /** Query parameters decoded (UTF-8, {@code +} as space); the first value of each name. */
    public Map<String, String> query() {
        return parseForm(rawQuery);
    }

    public String query(String name) {
        return query().get(name);
    }

    /** Decodes {@code a=1&b=2} (query strings and form bodies). */
    public static Map<String, String> parseForm(String text) {
        Map<String, String> out = new LinkedHashMap<>();
        if (text == null || text.isEmpty()) {
            return out;
        }
        for (String pair : text.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = decode(eq < 0 ? pair : pair.substring(0, eq));
            String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
            out.putIfAbsent(name, value);
        }
        return out;
    }

    /** Lenient URL decoding: a stray {@code %} that starts no escape is kept as is (X3 clients vary). */
    public static String decode(String s) {
        try {
            return URLDecoder.decode(s, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return URLDecoder.decode(s.replaceAll("%(?![0-9a-fA-F]{2})", "%25"), StandardCharsets.UTF_8);
        }
    }
}
