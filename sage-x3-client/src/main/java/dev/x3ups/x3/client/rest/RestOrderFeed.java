package dev.x3ups.x3.client.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.x3ups.records.Order;
import dev.x3ups.records.OrderKind;
import dev.x3ups.records.WriteBack;
import dev.x3ups.x3.client.ItemMasterConfig;
import dev.x3ups.x3.client.OrderFeed;
import dev.x3ups.x3.client.OrderPage;
import dev.x3ups.x3.client.OrderSelection;
import dev.x3ups.x3.client.WriteBackLookup;
import dev.x3ups.x3.client.X3Exception;
import dev.x3ups.x3.client.X3RejectedException;
import dev.x3ups.x3.client.X3Representation;
import dev.x3ups.x3.client.http.X3Http;
import dev.x3ups.x3.client.mapping.OrderRowMapper;
import dev.x3ups.x3.client.mapping.X3Row;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import okhttp3.HttpUrl;
import okhttp3.Request;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Orders changed since a moment, over api1 {@code $query} sorted by {@code (UPDDATTIM, number)}. The
 * continuation is X3's own {@code $links.$next.$url}, followed as given. Rows without their lines
 * (the standard representations) are completed with a {@code $details} read, and every row with the
 * item master's customs data and the contact details its class lacks ({@link RowCompletion}).
 *
 * <p>With a {@link WriteBackLookup}, each page's write-back records are read in one call ({@link WriteBackReader})
 * and attached to the orders; a row whose only change is that write-back, or a revision read in full before
 * ({@link EchoFilter}), is passed over without its {@code $details} read and reported in
 * {@link OrderPage#passedOver()}.
 */
public final class RestOrderFeed implements OrderFeed {
    private static final Logger LOG = LoggerFactory.getLogger(RestOrderFeed.class);

    private final X3Http http;
    private final Api1Urls urls;
    private final String folder;
    private final Map<OrderKind, X3Representation> representations;
    private final Map<OrderKind, OrderRowMapper> mappers;
    private final DetailsReader detailsReader;
    private final RowCompletion completion;
    private final WriteBackLookup lookup;
    private final WriteBackReader writeBacks;
    private final EchoFilter echoes;

    public RestOrderFeed(X3Http http, Api1Urls urls, String folder,
                         Map<OrderKind, X3Representation> representations, Map<OrderKind, OrderRowMapper> mappers) {
        this(http, urls, folder, representations, mappers, ItemMasterConfig.DEFAULT, Clock.systemUTC());
    }

    /** @param items where lines find the item master's customs data, and how long it is remembered */
    public RestOrderFeed(X3Http http, Api1Urls urls, String folder, Map<OrderKind, X3Representation> representations,
                         Map<OrderKind, OrderRowMapper> mappers, ItemMasterConfig items, Clock clock) {
        this(http, urls, folder, representations, mappers, new DetailsReader(http), items, clock,
                WriteBackLookup.DISABLED);
    }

    /** @param lookup where the X3 sink's write-back records are read per page (or {@link WriteBackLookup#DISABLED}) */
    public RestOrderFeed(X3Http http, Api1Urls urls, String folder, Map<OrderKind, X3Representation> representations,
                         Map<OrderKind, OrderRowMapper> mappers, ItemMasterConfig items, Clock clock,
                         WriteBackLookup lookup) {
        this(http, urls, folder, representations, mappers, new DetailsReader(http), items, clock, lookup);
    }

    RestOrderFeed(X3Http http, Api1Urls urls, String folder, Map<OrderKind, X3Representation> representations,
                  Map<OrderKind, OrderRowMapper> mappers, DetailsReader details) {
        this(http, urls, folder, representations, mappers, details, ItemMasterConfig.DEFAULT, Clock.systemUTC(),
                WriteBackLookup.DISABLED);
    }

    RestOrderFeed(X3Http http, Api1Urls urls, String folder, Map<OrderKind, X3Representation> representations,
                  Map<OrderKind, OrderRowMapper> mappers, DetailsReader details, WriteBackLookup lookup) {
        this(http, urls, folder, representations, mappers, details, ItemMasterConfig.DEFAULT, Clock.systemUTC(),
                lookup);
    }

    RestOrderFeed(X3Http http, Api1Urls urls, String folder, Map<OrderKind, X3Representation> representations,
                  Map<OrderKind, OrderRowMapper> mappers, DetailsReader details, ItemMasterConfig items, Clock clock,
                  WriteBackLookup lookup) {
        this.http = http;
        this.urls = urls;
        this.folder = folder;
        this.representations = Map.copyOf(representations);
        this.mappers = Map.copyOf(mappers);
        this.detailsReader = details;
        this.completion = new RowCompletion(details, urls, items, clock);
        this.lookup = lookup;
        this.writeBacks = new WriteBackReader(http, urls, lookup);
        this.echoes = new EchoFilter(lookup.echoTolerance());
    }

    @Override
    public OrderPage firstPage(OrderKind kind, Instant since, OrderSelection selection, int pageSize)
            throws X3Exception {
        if (pageSize < 1) {
            throw new IllegalArgumentException("pageSize must be positive");
        }
        HttpUrl url = urls.query(representations.get(kind))
                .addQueryParameter("count", Integer.toString(pageSize))
                .addQueryParameter("where", WhereClause.of(kind, since, selection))
                .addQueryParameter("orderBy", "UPDDATTIM asc," + mappers.get(kind).numberField() + " asc")
                .build();
        return read(kind, url);
    }

    @Override
    public OrderPage nextPage(OrderPage previous) throws X3Exception {
        if (!previous.hasNext()) {
            throw new IllegalArgumentException("the previous page was the last one");
        }
        HttpUrl url = HttpUrl.parse(previous.continuation());
        if (url == null) {
            url = urls.base().resolve(previous.continuation());
        }
        if (url == null) {
            throw new IllegalArgumentException("not an api1 continuation URL");
        }
        return read(kindOf(url), url);
    }

    @Override
    public void checkAccess() throws X3Exception {
        HttpUrl url = urls.query(representations.get(OrderKind.SALES)).addQueryParameter("count", "1").build();
        http.send(get(url)).requireSuccess();
        if (lookup.enabled()) {
            HttpUrl writeBack = urls.query(lookup.representation()).addQueryParameter("count", "1").build();
            try {
                http.send(get(writeBack)).requireSuccess();
            } catch (X3RejectedException e) {
                throw new X3RejectedException("the write-back class " + lookup.representation().className() + "/"
                        + lookup.representation().representation() + " cannot be read (x3.writeback.class; set "
                        + "x3.writeback.lookup.enabled=false when the folder has none): " + e.getMessage(),
                        e.httpStatus(), e);
            }
        }
    }

    @Override
    public void close() {
        // the HTTP client belongs to whoever created this feed
    }

    private OrderPage read(OrderKind kind, HttpUrl url) throws X3Exception {
        JsonNode body = http.send(get(url)).requireSuccess();
        OrderRowMapper mapper = mappers.get(kind);
        List<JsonNode> rows = new ArrayList<>();
        body.path("$resources").forEach(rows::add);
        // rows the overlap brings again unchanged need no write-back record: an idle source makes no lookup
        List<String> undecided = rows.stream()
                .filter(row -> mapper.hasLines(row) || !echoes.readBefore(kind, number(kind, row), row))
                .map(row -> number(kind, row)).toList();
        Map<String, WriteBack> written = lookup.enabled() && !undecided.isEmpty()
                ? writeBacks.read(kind, undecided) : Map.of();
        List<Order> orders = new ArrayList<>();
        List<OrderPage.Passed> passed = new ArrayList<>();
        for (JsonNode row : rows) {
            String number = number(kind, row);
            WriteBack writeBack = written.get(number);
            Optional<JsonNode> complete;
            if (mapper.hasLines(row)) {
                complete = Optional.of(row);
            } else if (echoes.holdsNothingNew(kind, number, row, writeBack)) {
                passed.add(new OrderPage.Passed(Order.key(folder, kind, number), new X3Row(row).instant("UPDDATTIM")));
                continue;
            } else {
                complete = details(kind, row).map(record -> atQueryPosition(record, row));
                if (complete.isPresent() && lookup.enabled()) {
                    echoes.readInFull(kind, number, row);
                }
            }
            if (complete.isPresent()) {
                completion.complete(kind, complete.get(), mapper.lines(complete.get()));
                orders.add(map(mapper, complete.get()).withWriteBack(writeBack));
            }
        }
        JsonNode next = body.path("$links").path("$next").path("$url");
        String continuation = next.isTextual() && !next.asText().isBlank()
                ? url.resolve(next.asText()).toString() : null;
        return new OrderPage(orders, continuation, passed);
    }

    /** The order number of a query row: its number field, else its {@code $key}. */
    private String number(OrderKind kind, JsonNode row) {
        return row.path(mappers.get(kind).numberField()).asText(row.path("$key").asText(""));
    }

    /** Item master reads answered from memory and from X3 (a lookup of an unknown item counts too). */
    public long itemCacheHits() {
        return completion.itemCache().hits();
    }

    public long itemCacheMisses() {
        return completion.itemCache().misses();
    }

    private Optional<JsonNode> details(OrderKind kind, JsonNode row) throws X3Exception {
        String key = row.path("$key").asText(row.path(mappers.get(kind).numberField()).asText(""));
        if (key.isEmpty()) {
            throw new X3RejectedException("X3 returned a " + kind + " order row without key", 200, null);
        }
        Optional<JsonNode> record = detailsReader.read(urls.record(representations.get(kind), key, "$details"));
        if (record.isEmpty()) {
            LOG.info("{} order {} disappeared between query and details read; skipped", kind, key);
        }
        return record;
    }

    /**
     * A record changed between the query and its details read (X3 write-back, say) carries a newer
     * UPDDATTIM than the position the query sorted it at. Reporting that newer revision would break the
     * feed's ascending order and let a caller's offset jump over the rest of the page; the record is
     * reported at its query position instead, and its newer change comes again in a later walk.
     */
    private static JsonNode atQueryPosition(JsonNode record, JsonNode row) {
        JsonNode revision = row.get("UPDDATTIM");
        if (revision != null && record instanceof ObjectNode object) {
            object.set("UPDDATTIM", revision);
        }
        return record;
    }

    private Order map(OrderRowMapper mapper, JsonNode row) throws X3RejectedException {
        try {
            return mapper.map(folder, row);
        } catch (RuntimeException e) {
            throw new X3RejectedException("X3 returned an unusable " + mapper.kind() + " order: " + e.getMessage(),
                    200, e);
        }
    }

    private OrderKind kindOf(HttpUrl url) {
        String path = url.encodedPath();
        String representation = url.queryParameter("representation");
        for (Map.Entry<OrderKind, X3Representation> entry : representations.entrySet()) {
            X3Representation candidate = entry.getValue();
            if (path.endsWith("/" + candidate.className()) && representation != null
                    && representation.startsWith(candidate.representation() + ".")) {
                return entry.getKey();
            }
        }
        throw new IllegalArgumentException("continuation is not a query of a configured order representation");
    }

    private static Request get(HttpUrl url) {
        return new Request.Builder().url(url).header("Accept", "application/json").get().build();
    }
}
