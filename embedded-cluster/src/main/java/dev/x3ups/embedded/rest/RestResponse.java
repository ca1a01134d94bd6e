package dev.x3ups.embedded.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;

/**
 * HTTP status and parsed JSON body of one Connect REST call. {@link #toString()} shows the status and
 * Connect's error message only: bodies can hold connector configs with credentials.
 */
public record RestResponse(int status, JsonNode body) {

    public RestResponse {
        body = body == null ? MissingNode.getInstance() : body;
    }

    public boolean isSuccess() {
        return status >= 200 && status < 300;
    }

    /** Connect's {@code message} field of an error answer, or empty. */
    public String message() {
        return body.path("message").asText("");
    }

    /** The body, or an exception naming the status and Connect's message when the call failed. */
    public JsonNode orThrow() {
        if (!isSuccess()) {
            throw new ConnectRestException(status, message());
        }
        return body;
    }

    @Override
    public String toString() {
        return "RestResponse[" + status + (message().isEmpty() ? "" : " " + message()) + "]";
    }
}
