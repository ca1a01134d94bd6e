package dev.x3ups.x3.client.http;

import com.fasterxml.jackson.databind.JsonNode;
import dev.x3ups.x3.client.X3Exception;
import java.util.List;
import java.util.Optional;
import okhttp3.Headers;

/**
 * An answer from X3 before it is judged. {@link #body()} is a missing node when the body was empty or
 * not JSON. {@link #transientMessages()} says which X3 error messages mean "retry later".
 */
public record X3Response(Operation operation, int status, Headers headers, JsonNode body,
        TransientMessages transientMessages) {

    public X3Response(Operation operation, int status, Headers headers, JsonNode body) {
        this(operation, status, headers, body, TransientMessages.DEFAULT);
    }

    /** Whether X3 refused in words that mean busy or out of licences, in a 200 or a 5xx. */
    public boolean saysBusy(List<String> errorMessages) {
        return (status == 200 || status >= 500) && transientMessages.anyMatches(errorMessages);
    }

    /** The body of a successful call; any failure, including 404, becomes a typed exception. */
    public JsonNode requireSuccess() throws X3Exception {
        return ResponseJudge.judge(this, false).orElseThrow();
    }

    /** The body of a successful read, or empty when X3 answered 404 (unknown key). */
    public Optional<JsonNode> successOrNotFound() throws X3Exception {
        return ResponseJudge.judge(this, true);
    }
}
