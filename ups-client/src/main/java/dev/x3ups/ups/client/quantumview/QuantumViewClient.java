package dev.x3ups.ups.client.quantumview;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.x3ups.ups.client.http.ApiRequest;
import dev.x3ups.ups.client.http.UpsTransport;
import dev.x3ups.ups.client.json.Lenient;
import dev.x3ups.ups.client.json.UpsJson;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * {@code POST /api/quantumview/v3/events} with the Bookmark loop: while UPS returns a top-level {@code Bookmark},
 * the same request is sent again carrying it. A page cap guards against a server that never stops.
 */
public final class QuantumViewClient {
    static final int DEFAULT_MAX_PAGES = 500;
    private final UpsTransport transport;
    private final int maxPages;

    public QuantumViewClient(UpsTransport transport) {
        this(transport, DEFAULT_MAX_PAGES);
    }

    QuantumViewClient(UpsTransport transport, int maxPages) {
        this.transport = transport;
        this.maxPages = maxPages;
    }

    public CompletableFuture<QuantumViewBatch> events(QuantumViewQuery query) {
        return events(query, null);
    }

    /** Continues a loop that stopped at the page cap, from {@link QuantumViewBatch#nextBookmark()}. */
    public CompletableFuture<QuantumViewBatch> events(QuantumViewQuery query, String bookmark) {
        return page(query, bookmark, new ArrayList<>(), null, 1);
    }

    private CompletableFuture<QuantumViewBatch> page(QuantumViewQuery query, String bookmark,
                                                     List<QuantumViewEvent> collected, String subscriberId, int page) {
        ApiRequest request = ApiRequest.post("quantum view events", body(query, bookmark), "quantumview", "v3", "events");
        return transport.execute(request).thenCompose(response -> {
            JsonNode body = response.body();
            collected.addAll(QuantumViewEventReader.read(body));
            String subscriber = subscriberId != null ? subscriberId : QuantumViewEventReader.subscriberId(body);
            String next = Lenient.text(body, "QuantumViewResponse", "Bookmark");
            if (next == null || page >= maxPages) {
                return CompletableFuture.completedFuture(new QuantumViewBatch(subscriber, collected, page, next));
            }
            return page(query, next, collected, subscriber, page + 1);
        });
    }

    static ObjectNode body(QuantumViewQuery query, String bookmark) {
        ObjectNode root = UpsJson.object();
        ObjectNode request = root.putObject("QuantumViewRequest");
        request.putObject("Request").put("RequestAction", "QVEvents");
        ObjectNode subscription = request.putArray("SubscriptionRequest").addObject();
        subscription.put("Name", query.subscriptionName());
        if (query.begin() != null) {
            ObjectNode range = subscription.putObject("DateTimeRange");
            range.put("BeginDateTime", QuantumViewQuery.FORMAT.format(query.begin()));
            if (query.end() != null) {
                range.put("EndDateTime", QuantumViewQuery.FORMAT.format(query.end()));
            }
        }
        if (bookmark != null) {
            request.put("Bookmark", bookmark); // at request level, as the schema says (not UPS's example)
        }
        return root;
    }
}
