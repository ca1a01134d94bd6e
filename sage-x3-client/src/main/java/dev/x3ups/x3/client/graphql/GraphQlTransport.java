package dev.x3ups.x3.client.graphql;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.x3ups.x3.client.X3AuthenticationException;
import dev.x3ups.x3.client.X3Exception;
import dev.x3ups.x3.client.X3GraphQlClient;
import dev.x3ups.x3.client.X3RejectedException;
import dev.x3ups.x3.client.X3TransientException;
import dev.x3ups.x3.client.http.Diagnoses;
import dev.x3ups.x3.client.http.X3Http;
import dev.x3ups.x3.client.http.X3Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;

/**
 * POSTs GraphQL documents to X3 and judges the answer: HTTP status first, then {@code errors[]} and
 * error diagnoses in {@code extensions}, which X3 sends with HTTP 200.
 */
public final class GraphQlTransport implements X3GraphQlClient {
    private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");
    private static final Set<String> AUTH_CODES = Set.of("UNAUTHENTICATED", "FORBIDDEN", "UNAUTHORIZED");
    private static final Set<String> TRANSIENT_CODES =
            Set.of("TRANSIENT", "THROTTLED", "SERVICE_UNAVAILABLE", "TOO_MANY_REQUESTS", "TIMEOUT");

    private final X3Http http;
    private final HttpUrl url;
    private final String endpointHeader;
    private final String endpoint;

    /** @param endpointHeader header naming the X3 endpoint ({@code x-xtrem-endpoint}), null for none */
    public GraphQlTransport(X3Http http, HttpUrl url, String endpointHeader, String endpoint) {
        this.http = http;
        this.url = url;
        this.endpointHeader = endpointHeader;
        this.endpoint = endpoint;
    }

    @Override
    public JsonNode execute(String document, Map<String, ?> variables) throws X3Exception {
        ObjectNode body = http.json().createObjectNode().put("query", document);
        body.set("variables", http.json().valueToTree(variables == null ? Map.of() : variables));
        Request.Builder request = new Request.Builder().url(url)
                .header("Accept", "application/json")
                .post(RequestBody.create(body.toString(), JSON));
        if (endpointHeader != null) {
            request.header(endpointHeader, endpoint);
        }
        return judge(http.send(request.build()));
    }

    private static JsonNode judge(X3Response response) throws X3Exception {
        JsonNode body = response.body();
        List<String> messages = new ArrayList<>();
        boolean authError = false;
        boolean transientError = false;
        for (JsonNode error : body.path("errors")) {
            messages.add(error.path("message").asText("no message"));
            String code = error.path("extensions").path("code").asText("").toUpperCase(Locale.ROOT);
            authError |= AUTH_CODES.contains(code);
            transientError |= TRANSIENT_CODES.contains(code);
        }
        boolean diagnosisError = false;
        for (JsonNode diagnosis : body.path("extensions").path("diagnoses")) {
            String severity = diagnosis.path("severity").asText(diagnosis.path("$severity").asText(""))
                    .toLowerCase(Locale.ROOT);
            String message = diagnosis.path("message").asText(diagnosis.path("$message").asText(""));
            if (severity.equals("error") || severity.equals("fatal") || severity.equals("transient")) {
                if (!message.isEmpty() && !messages.contains(message)) {
                    messages.add(message);
                }
                diagnosisError |= !severity.equals("transient");
                transientError |= severity.equals("transient");
            }
        }
        Diagnoses sdata = Diagnoses.in(body);
        if (!sdata.messages().isEmpty()) {
            messages.add(sdata.messages());
        }
        int status = response.status();
        String detail = " " + response.operation() + " (HTTP " + status + ")"
                + (messages.isEmpty() ? "" : ": " + String.join("; ", messages));
        if (status == 401 || status == 403 || authError) {
            throw new X3AuthenticationException("X3 GraphQL refused the credentials for" + detail, status, null);
        }
        if (status == 429 || status >= 500 || transientError || sdata.hasTransient() || response.saysBusy(messages)) {
            throw new X3TransientException("X3 GraphQL is busy or unavailable for" + detail, status, null);
        }
        if (status >= 400 || !messages.isEmpty() || diagnosisError || sdata.hasErrors()) {
            throw new X3RejectedException("X3 GraphQL rejected" + detail, status, null);
        }
        if (!body.has("data") || body.get("data").isNull()) {
            throw new X3RejectedException("X3 GraphQL answered without data to" + detail, status, null);
        }
        return body.get("data");
    }
}
