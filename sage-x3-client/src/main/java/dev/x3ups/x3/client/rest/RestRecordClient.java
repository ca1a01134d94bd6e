package dev.x3ups.x3.client.rest;

import com.fasterxml.jackson.databind.JsonNode;
import dev.x3ups.x3.client.CreatedRecord;
import dev.x3ups.x3.client.X3Exception;
import dev.x3ups.x3.client.X3RecordClient;
import dev.x3ups.x3.client.X3RejectedException;
import dev.x3ups.x3.client.X3Representation;
import dev.x3ups.x3.client.http.X3Http;
import dev.x3ups.x3.client.http.X3Response;
import java.util.Optional;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;

/** {@link X3RecordClient} over api1 {@code $details}, {@code $create} and {@code $edit}. */
public final class RestRecordClient implements X3RecordClient {
    private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");

    private final X3Http http;
    private final Api1Urls urls;

    public RestRecordClient(X3Http http, Api1Urls urls) {
        this.http = http;
        this.urls = urls;
    }

    @Override
    public Optional<JsonNode> read(X3Representation representation, String key) throws X3Exception {
        Request request = new Request.Builder().url(urls.record(representation, key, "$details"))
                .header("Accept", "application/json").get().build();
        return http.send(request).successOrNotFound();
    }

    @Override
    public CreatedRecord create(X3Representation representation, JsonNode record) throws X3Exception {
        Request request = new Request.Builder().url(urls.create(representation))
                .header("Accept", "application/json").post(body(record)).build();
        X3Response response = http.send(request);
        JsonNode created = response.requireSuccess();
        if (response.status() != 201 && response.status() != 200) {
            throw new X3RejectedException("X3 answered " + response.operation() + " with HTTP " + response.status()
                    + " instead of 201", response.status(), null);
        }
        return new CreatedRecord(response.headers().get("Location"),
                created.isMissingNode() ? http.json().createObjectNode() : created);
    }

    @Override
    public JsonNode edit(X3Representation representation, String key, JsonNode changes) throws X3Exception {
        Request request = new Request.Builder().url(urls.record(representation, key, "$edit"))
                .header("Accept", "application/json").put(body(changes)).build();
        return http.send(request).requireSuccess();
    }

    @Override
    public void checkAccess(X3Representation representation) throws X3Exception {
        Request request = new Request.Builder().url(urls.query(representation).addQueryParameter("count", "1").build())
                .header("Accept", "application/json").get().build();
        http.send(request).requireSuccess();
    }

    private RequestBody body(JsonNode node) {
        return RequestBody.create(node.toString(), JSON);
    }
}
