package dev.x3ups.x3.client.rest;

import com.fasterxml.jackson.databind.JsonNode;
import dev.x3ups.records.OrderKind;
import dev.x3ups.records.WriteBack;
import dev.x3ups.x3.client.WriteBackLookup;
import dev.x3ups.x3.client.X3Exception;
import dev.x3ups.x3.client.http.X3Http;
import dev.x3ups.x3.client.mapping.X3Row;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import okhttp3.HttpUrl;
import okhttp3.Request;

/**
 * Reads what the write-back class holds for a page's orders with one api1 {@code $query}
 * ({@code where=(YORDNUM in (...)) and (YORDTYP eq 'SALES')}): one call per page instead of one per order.
 */
final class WriteBackReader {

    /**
     * Order numbers per call. A page holds at most 1000 rows; 200 quoted numbers keep the URL under the 4-8 KiB
     * a web server takes, so the default page of 100 costs one call and the largest five.
     */
    static final int NUMBERS_PER_CALL = 200;

    private final X3Http http;
    private final Api1Urls urls;
    private final WriteBackLookup lookup;

    WriteBackReader(X3Http http, Api1Urls urls, WriteBackLookup lookup) {
        this.http = http;
        this.urls = urls;
        this.lookup = lookup;
    }

    /** Order number → what X3 holds for it; orders without a record are absent. */
    Map<String, WriteBack> read(OrderKind kind, List<String> numbers) throws X3Exception {
        Map<String, WriteBack> found = new HashMap<>();
        for (int from = 0; from < numbers.size(); from += NUMBERS_PER_CALL) {
            List<String> chunk = numbers.subList(from, Math.min(numbers.size(), from + NUMBERS_PER_CALL));
            HttpUrl url = urls.query(lookup.representation())
                    .addQueryParameter("count", Integer.toString(chunk.size()))
                    .addQueryParameter("where", where(kind, chunk))
                    .build();
            Request request = new Request.Builder().url(url).header("Accept", "application/json").get().build();
            JsonNode body = http.send(request).requireSuccess();
            for (JsonNode resource : body.path("$resources")) {
                X3Row row = new X3Row(resource);
                String number = row.text(lookup.keyField());
                if (number != null) {
                    found.put(number, writeBack(row));
                }
            }
        }
        return found;
    }

    String where(OrderKind kind, List<String> numbers) {
        String in = "(" + lookup.keyField() + " in (" + numbers.stream().map(WhereClause::quote)
                .collect(Collectors.joining(",")) + "))";
        return lookup.kindField() == null ? in : in + " and (" + lookup.kindField() + " eq '" + kind.name() + "')";
    }

    private WriteBack writeBack(X3Row row) {
        List<String> numbers = row.dimensioned(lookup.trackingNumbersField()).stream()
                .filter(n -> n != null && !n.isBlank()).toList();
        String digest = lookup.digestField() == null ? null : row.text(lookup.digestField());
        return new WriteBack(numbers, digest, row.instant("UPDDATTIM"));
    }
}
