package dev.x3ups.ups.simulator.quantumview;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.x3ups.ups.simulator.clock.SimClock;
import dev.x3ups.ups.simulator.http.ApiHandler;
import dev.x3ups.ups.simulator.http.ApiRequest;
import dev.x3ups.ups.simulator.http.ApiResponse;
import dev.x3ups.ups.simulator.http.Json;
import dev.x3ups.ups.simulator.http.SingleObjects;
import dev.x3ups.ups.simulator.http.UpsErrors;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * {@code POST /api/quantumview/{version}/events}. Without DateTimeRange/FileName: unread files, marked
 * read once returned. With them: every file in the range or named. At most {@code pageSize} files per
 * answer; a top-level {@code Bookmark} (base64 "subscription index:next file name") says there is more.
 * Naming the file, not its position, keeps the cursor right when old files age out between pages.
 */
public final class QuantumViewEndpoint implements ApiHandler {
    private static final DateTimeFormatter RANGE = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");
    private static final DateTimeFormatter RANGE_OUT = DateTimeFormatter.ofPattern("MM-dd-yyyy-HH-mm");

    private record Query(String name, Predicate<QuantumViewFile> filter, boolean unread, Instant begin, Instant end) { }

    private final QuantumViewFeed feed;
    private final Runnable pump;
    private final SimClock clock;
    private final String subscriberId;
    private final int pageSize;
    private final boolean singleObjects;

    /**
     * {@code singleObjects}: answer one-element lists as single objects on every version, as UPS has
     * been seen to do (docs/architecture.md, "UPS facts: Quantum View"); v1 always does, as its spec says.
     */
    public QuantumViewEndpoint(QuantumViewFeed feed, Runnable pump, SimClock clock, String subscriberId, int pageSize,
                               boolean singleObjects) {
        this.feed = feed;
        this.pump = pump;
        this.clock = clock;
        this.subscriberId = subscriberId;
        this.pageSize = pageSize;
        this.singleObjects = singleObjects;
    }

    @Override
    public ApiResponse handle(ApiRequest request) {
        JsonNode qv = Json.parse(request.body()).path("QuantumViewRequest");
        String action = Json.text(qv.path("Request"), "RequestAction");
        if (action != null && !action.equals("QVEvents")) {
            return UpsErrors.error(400, "330001", "Invalid RequestAction: " + action);
        }
        List<Query> queries = new ArrayList<>();
        List<JsonNode> requested = Json.list(qv.get("SubscriptionRequest"));
        if (requested.isEmpty()) {
            feed.subscriptionNames().forEach(n -> queries.add(new Query(n, f -> !f.read(), true, null, null)));
        }
        for (JsonNode r : requested) {
            String name = Json.text(r, "Name");
            if (name == null) {
                feed.subscriptionNames().forEach(n -> queries.add(new Query(n, f -> !f.read(), true, null, null)));
                continue;
            }
            if (!feed.knows(name)) {
                return UpsErrors.error(400, "330002", "Invalid subscription name: " + name);
            }
            try {
                queries.add(query(name, r));
            } catch (DateTimeParseException e) {
                return UpsErrors.error(400, "330003", "Invalid DateTimeRange; expected YYYYMMDDHHmmss");
            }
        }
        String bookmark = Json.text(qv, "Bookmark");
        if (bookmark == null) {
            bookmark = Json.text(qv.path("SubscriptionRequest"), "Bookmark");
        }
        String[] cursor;
        try {
            cursor = bookmark == null ? new String[] {"0", ""} : decode(bookmark, queries.size());
        } catch (IllegalArgumentException e) {
            return UpsErrors.error(400, "330004", "Invalid Bookmark");
        }
        pump.run();
        feed.materialize(clock.now());
        ObjectNode body = page(queries, cursor, Json.text(qv.path("Request").path("TransactionReference"),
                "CustomerContext"));
        if (singleObjects || "v1".equals(request.pathParam("version"))) {
            SingleObjects.collapse(body.path("QuantumViewResponse").path("QuantumViewEvents"));
        }
        return ApiResponse.ok(body);
    }

    private static Query query(String name, JsonNode r) {
        JsonNode range = r.get("DateTimeRange");
        List<String> fileNames = Json.list(r.get("FileName")).stream().map(JsonNode::asText).toList();
        if (range == null && fileNames.isEmpty()) {
            return new Query(name, f -> !f.read(), true, null, null);
        }
        if (!fileNames.isEmpty()) {
            Set<String> wanted = Set.copyOf(fileNames);
            return new Query(name, f -> wanted.contains(f.name()), false, null, null);
        }
        Instant begin = LocalDateTime.parse(Json.text(range, "BeginDateTime"), RANGE).toInstant(ZoneOffset.UTC);
        String endText = Json.text(range, "EndDateTime");
        Instant end = endText == null || endText.isBlank() ? begin.plusSeconds(7 * 86400)
                : LocalDateTime.parse(endText, RANGE).toInstant(ZoneOffset.UTC);
        return new Query(name, f -> !f.createdAt().isBefore(begin) && !f.createdAt().isAfter(end), false, begin, end);
    }

    private ObjectNode page(List<Query> queries, String[] cursor, String context) {
        Map<Query, List<QuantumViewFile>> picked = new LinkedHashMap<>();
        int taken = 0;
        String next = null;
        int firstQuery = Integer.parseInt(cursor[0]);
        outer:
        for (int q = firstQuery; q < queries.size(); q++) {
            List<QuantumViewFile> files = feed.files(queries.get(q).name());
            int start = 0;
            if (q == firstQuery && !cursor[1].isEmpty()) {
                while (start < files.size() && files.get(start).name().compareTo(cursor[1]) < 0) {
                    start++;
                }
            }
            for (int i = start; i < files.size(); i++) {
                if (!queries.get(q).filter().test(files.get(i))) {
                    continue;
                }
                if (taken == pageSize) {
                    next = encode(q, files.get(i).name());
                    break outer;
                }
                picked.computeIfAbsent(queries.get(q), k -> new ArrayList<>()).add(files.get(i));
                taken++;
            }
        }
        ObjectNode root = Json.object();
        ObjectNode response = root.putObject("QuantumViewResponse");
        ObjectNode head = response.putObject("Response");
        ObjectNode tx = head.putObject("TransactionReference");
        if (context != null) {
            tx.put("CustomerContext", context);
        }
        head.put("ResponseStatusCode", "1").put("ResponseStatusDescription", "Success");
        ObjectNode events = response.putObject("QuantumViewEvents");
        events.put("SubscriberID", subscriberId);
        ArrayNode subscriptionEvents = events.putArray("SubscriptionEvents");
        for (Query q : queries) {
            ObjectNode se = subscriptionEvents.addObject();
            se.put("Name", q.name());
            se.put("Number", String.format("%016d", feed.subscriptionNames().indexOf(q.name()) + 1));
            se.putObject("SubscriptionStatus").put("Code", "A").put("Description", "Active");
            if (q.begin() != null) {
                se.putObject("DateRange").put("BeginDate", RANGE_OUT.format(q.begin().atOffset(ZoneOffset.UTC)))
                        .put("EndDate", RANGE_OUT.format(q.end().atOffset(ZoneOffset.UTC)));
            }
            List<QuantumViewFile> files = picked.getOrDefault(q, List.of());
            if (!files.isEmpty()) {
                ArrayNode fileNodes = se.putArray("SubscriptionFile");
                files.forEach(f -> fileNodes.add(file(f)));
            }
            if (q.unread()) {
                files.forEach(QuantumViewFile::markRead);
            }
        }
        if (next != null) {
            response.put("Bookmark", next);
        }
        return root;
    }

    private static ObjectNode file(QuantumViewFile f) {
        ObjectNode node = Json.object();
        node.put("FileName", f.name());
        node.putObject("StatusType").put("Code", f.read() ? "R" : "U").put("Description", f.read() ? "Read" : "Unread");
        for (QuantumViewFile.Entry e : f.entries()) {
            ArrayNode list = node.has(e.kind()) ? (ArrayNode) node.get(e.kind()) : node.putArray(e.kind());
            list.add(e.event());
        }
        return node;
    }

    private static String encode(int query, String fileName) {
        return Base64.getEncoder().encodeToString((query + ":" + fileName).getBytes(StandardCharsets.UTF_8));
    }

    private static String[] decode(String bookmark, int queries) {
        String[] parts = new String(Base64.getDecoder().decode(bookmark), StandardCharsets.UTF_8).split(":", 2);
        try {
            if (parts.length != 2 || Integer.parseInt(parts[0]) < 0 || Integer.parseInt(parts[0]) >= queries) {
                throw new IllegalArgumentException("bad bookmark");
            }
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("bad bookmark", e);
        }
        return parts;
    }
}
