package dev.x3ups.ups.simulator.http;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** UPS's error envelope {@code {"response":{"errors":[{"code","message"}]}}}. */
public final class UpsErrors {
    private UpsErrors() {
    }

    public static ObjectNode envelope(String code, String message) {
        ObjectNode root = Json.object();
        ArrayNode errors = root.putObject("response").putArray("errors");
        errors.addObject().put("code", code).put("message", message);
        return root;
    }

    public static ApiResponse error(int status, String code, String message) {
        return ApiResponse.of(status, envelope(code, message));
    }

    public static ApiResponse invalidAuthentication() {
        return error(401, "250002", "Invalid Authentication Information");
    }

    public static ApiResponse serverError(int status) {
        return error(status, "10004", status == 503 ? "Service Unavailable" : "Something went wrong; please try again later");
    }

    public static ApiResponse rateLimited(String code) {
        return error(429, code, "Rate Limit Exceeded");
    }
}
