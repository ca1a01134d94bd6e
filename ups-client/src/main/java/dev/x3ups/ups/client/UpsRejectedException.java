package dev.x3ups.ups.client;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/** A hard error: UPS refused the request as it is (validation, 4xx). Retrying unchanged will not help. */
public final class UpsRejectedException extends UpsException {
    private final transient JsonNode body;

    public UpsRejectedException(String operation, int httpStatus, List<UpsError> errors, JsonNode body) {
        super(operation + " rejected by UPS with HTTP " + httpStatus + (errors.isEmpty() ? "" : ": " + errors),
                httpStatus, errors, null);
        this.body = body;
    }

    /** The parsed error body (some APIs, e.g. Track Alert, put results next to the errors). */
    public JsonNode body() {
        return body;
    }
}
