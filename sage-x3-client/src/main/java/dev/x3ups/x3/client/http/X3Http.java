package dev.x3ups.x3.client.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import dev.x3ups.x3.client.X3Exception;
import dev.x3ups.x3.client.X3TransientException;
import java.io.IOException;
import java.io.InterruptedIOException;
import okhttp3.Call;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends one X3 request with credentials, renews them once and retries once on a 401, and turns
 * network failures into {@link X3TransientException}. Judging the answer is left to
 * {@link X3Response}.
 */
public final class X3Http {
    private static final Logger LOG = LoggerFactory.getLogger(X3Http.class);

    private final OkHttpClient client;
    private final RequestAuthenticator authenticator;
    private final ObjectMapper json;
    private final TransientMessages transientMessages;

    public X3Http(OkHttpClient client, RequestAuthenticator authenticator, ObjectMapper json) {
        this(client, authenticator, json, TransientMessages.DEFAULT);
    }

    public X3Http(OkHttpClient client, RequestAuthenticator authenticator, ObjectMapper json,
            TransientMessages transientMessages) {
        this.client = client;
        this.authenticator = authenticator;
        this.json = json;
        this.transientMessages = transientMessages;
    }

    public ObjectMapper json() {
        return json;
    }

    public X3Response send(Request request) throws X3Exception {
        Operation operation = Operation.of(request);
        Request authorized = authenticator.authorize(request);
        X3Response response = execute(authorized, operation);
        if (response.status() == 401 && authenticator.renewAfterRefusal(authorized)) {
            LOG.info("X3 refused the credentials for {}; renewed them and retrying once", operation);
            response = execute(authenticator.authorize(request), operation);
        }
        return response;
    }

    private X3Response execute(Request request, Operation operation) throws X3Exception {
        Call call = client.newCall(request);
        try (Response response = call.execute()) {
            ResponseBody body = response.body();
            String text = body == null ? "" : body.string();
            return new X3Response(operation, response.code(), response.headers(), parse(text), transientMessages);
        } catch (InterruptedIOException e) {
            throw new X3TransientException("X3 did not answer " + operation + " in time", 0, e);
        } catch (IOException e) {
            throw new X3TransientException(
                    "X3 could not be reached for " + operation + ": " + e.getClass().getSimpleName(), 0, e);
        }
    }

    private JsonNode parse(String text) {
        if (text.isBlank()) {
            return MissingNode.getInstance();
        }
        try {
            return json.readTree(text);
        } catch (JsonProcessingException e) {
            return MissingNode.getInstance(); // HTML error pages from proxies: the status says enough
        }
    }
}
