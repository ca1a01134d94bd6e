package dev.x3ups.x3.simulator.http;

import java.util.LinkedHashMap;
import java.util.Map;

/** A response to write: status, headers and a text body (usually JSON). */
public record SimResponse(int status, Map<String, String> headers, String body) {

    public static final String JSON = "application/json;charset=utf-8";

    public static SimResponse json(int status, String body) {
        Map<String, String> h = new LinkedHashMap<>();
        h.put("Content-Type", JSON);
        return new SimResponse(status, h, body);
    }

    public static SimResponse empty(int status) {
        return new SimResponse(status, new LinkedHashMap<>(), "");
    }

    public SimResponse withHeader(String name, String value) {
        Map<String, String> h = new LinkedHashMap<>(headers);
        h.put(name, value);
        return new SimResponse(status, h, body);
    }
}
