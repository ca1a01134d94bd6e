package dev.x3ups.ups.simulator.http;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;

/** Status, extra headers and a JSON body (or none). */
public record ApiResponse(int status, Map<String, String> headers, JsonNode body) {

    public static ApiResponse ok(JsonNode body) {
        return new ApiResponse(200, Map.of(), body);
    }

    public static ApiResponse of(int status, JsonNode body) {
        return new ApiResponse(status, Map.of(), body);
    }

    public ApiResponse withHeader(String name, String value) {
        Map<String, String> copy = new LinkedHashMap<>(headers);
        copy.put(name, value);
        return new ApiResponse(status, copy, body);
    }
}
