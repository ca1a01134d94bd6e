package dev.x3ups.ups.client.http;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One UPS API call: path segments below {@code /api}, query, operation headers (Pickup takes its account number and
 * PRN as headers), optional JSON body, and whether repeating it is harmless (everything except creating a shipment
 * or an on-call pickup is).
 */
public record ApiRequest(String operation, String method, List<String> segments, Map<String, String> query,
                         Map<String, String> headers, JsonNode body, boolean idempotent) {

    public ApiRequest {
        segments = List.copyOf(segments);
        query = Map.copyOf(query);
        headers = Map.copyOf(headers);
    }

    public ApiRequest(String operation, String method, List<String> segments, Map<String, String> query,
                      JsonNode body, boolean idempotent) {
        this(operation, method, segments, query, Map.of(), body, idempotent);
    }

    public static ApiRequest get(String operation, String... segments) {
        return new ApiRequest(operation, "GET", List.of(segments), Map.of(), null, true);
    }

    public static ApiRequest post(String operation, JsonNode body, String... segments) {
        return new ApiRequest(operation, "POST", List.of(segments), Map.of(), body, true);
    }

    public static ApiRequest delete(String operation, String... segments) {
        return new ApiRequest(operation, "DELETE", List.of(segments), Map.of(), null, true);
    }

    public ApiRequest withQuery(String name, String value) {
        if (value == null) {
            return this;
        }
        Map<String, String> q = new LinkedHashMap<>(query);
        q.put(name, value);
        return new ApiRequest(operation, method, segments, q, headers, body, idempotent);
    }

    /** Adds an operation header (never logged, like every header). */
    public ApiRequest withHeader(String name, String value) {
        Map<String, String> h = new LinkedHashMap<>(headers);
        h.put(name, value);
        return new ApiRequest(operation, method, segments, query, h, body, idempotent);
    }

    /** Marks a call whose repetition could act twice (POST /ship). */
    public ApiRequest notIdempotent() {
        return new ApiRequest(operation, method, segments, query, headers, body, false);
    }
}
