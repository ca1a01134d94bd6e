package dev.x3ups.ups.simulator.http;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/** An HTTP request as the endpoint logic sees it: no Jetty types, so endpoints are unit-testable. */
public record ApiRequest(String method, String path, Map<String, String> pathParams,
                         Map<String, List<String>> query, Map<String, String> headers, String body,
                         String clientId) {

    /** Headers are looked up case-insensitively (keys are stored lower-case). */
    public String header(String name) {
        return headers.get(name.toLowerCase(Locale.ROOT));
    }

    public String queryParam(String name) {
        List<String> values = query.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    public String pathParam(String name) {
        return pathParams.get(name);
    }

    public ApiRequest withPathParams(Map<String, String> params) {
        return new ApiRequest(method, path, params, query, headers, body, clientId);
    }

    public ApiRequest withClientId(String id) {
        return new ApiRequest(method, path, pathParams, query, headers, body, id);
    }

    /** Headers and body may hold credentials and tokens: never printed. */
    @Override
    public String toString() {
        return "ApiRequest[" + method + " " + path + ", client=" + clientId + "]";
    }

    public static ApiRequest of(String method, String path, Map<String, String> headers, String body) {
        Map<String, String> lower = new java.util.HashMap<>();
        headers.forEach((k, v) -> lower.put(k.toLowerCase(Locale.ROOT), v));
        return new ApiRequest(method, path, Map.of(), Map.of(), lower, body, null);
    }
}
