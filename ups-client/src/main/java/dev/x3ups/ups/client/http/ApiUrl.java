package dev.x3ups.ups.client.http;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** The URI of an {@link ApiRequest} below UPS's {@code /api} base, every segment and query part percent-encoded. */
final class ApiUrl {
    private ApiUrl() {
    }

    static URI of(String apiBase, ApiRequest request) {
        StringBuilder url = new StringBuilder(apiBase.endsWith("/") ? apiBase.substring(0, apiBase.length() - 1) : apiBase);
        request.segments().forEach(segment -> url.append('/').append(encode(segment)));
        char separator = '?';
        for (Map.Entry<String, String> parameter : request.query().entrySet()) {
            url.append(separator).append(encode(parameter.getKey())).append('=').append(encode(parameter.getValue()));
            separator = '&';
        }
        return URI.create(url.toString());
    }

    /** Form encoding, with spaces as {@code %20} so it is also right inside a path segment ({@code /} becomes %2F). */
    static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
