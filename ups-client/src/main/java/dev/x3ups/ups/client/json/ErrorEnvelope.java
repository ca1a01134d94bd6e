package dev.x3ups.ups.client.json;

import com.fasterxml.jackson.databind.JsonNode;
import dev.x3ups.ups.client.UpsError;
import java.util.ArrayList;
import java.util.List;

/**
 * Extracts UPS errors from the shapes UPS uses: {@code response.errors[]} (most APIs),
 * and Quantum View's {@code Response.Error[]{ErrorCode, ErrorDescription}}.
 */
public final class ErrorEnvelope {
    private ErrorEnvelope() {
    }

    public static List<UpsError> errors(JsonNode body) {
        List<UpsError> out = new ArrayList<>();
        for (JsonNode e : Lenient.list(Lenient.at(body, "response"), "errors")) {
            out.add(new UpsError(nonNull(Lenient.text(e, "code")), nonNull(Lenient.text(e, "message"))));
        }
        for (JsonNode e : Lenient.list(Lenient.at(body, "Response"), "Error")) {
            out.add(new UpsError(nonNull(Lenient.text(e, "ErrorCode")), nonNull(Lenient.text(e, "ErrorDescription"))));
        }
        return out;
    }

    /** Quantum View's explicit {@code MinimumRetrySeconds}, or -1. */
    public static long minimumRetrySeconds(JsonNode body) {
        long max = -1;
        for (JsonNode e : Lenient.list(Lenient.at(body, "Response"), "Error")) {
            max = Math.max(max, Lenient.integer(e, "MinimumRetrySeconds", -1));
        }
        return max;
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }
}
