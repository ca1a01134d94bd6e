package dev.x3ups.x3.simulator.api1;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.x3ups.x3.simulator.data.MasterData;
import dev.x3ups.x3.simulator.data.OrderLine;
import dev.x3ups.x3.simulator.http.Json;
import java.util.Map;

/** Serializes records as {@code $query} rows and {@code $details} objects of a representation. */
public final class ResourceWriter {

    private final RowWriter rows;

    public ResourceWriter(DimensionStyle style) {
        this.rows = new RowWriter(style);
    }

    public ObjectNode queryRow(Api1Resource r, Representation rep, String detailsUrl) {
        ObjectNode node = Json.object();
        node.put("$uuid", r.uuid());
        node.put("$key", r.key());
        node.put("$url", detailsUrl);
        node.put("$etag", r.etag() == null ? "" : r.etag().toString());
        rows.write(node, r.values(), rep.queryFields());
        if (rep.linesInQuery() && rep.hasLines()) {
            writeLines(node, r, rep);
        }
        return node;
    }

    public ObjectNode details(Api1Resource r, Representation rep, String url, MasterData master) {
        ObjectNode node = Json.object();
        node.put("$uuid", r.uuid());
        node.put("$etag", r.etag() == null ? "" : r.etag().toString());
        node.put("$url", url);
        rows.write(node, r.values(), rep.queryFields());
        for (Map.Entry<String, String> ref : rep.refs().entrySet()) {
            Object code = r.values().get(ref.getKey());
            if (code != null && !code.toString().isEmpty()) {
                node.putObject(ref.getKey() + "_REF").put("$title", title(master, ref.getValue(), code.toString()));
            }
        }
        if (rep.hasLines()) {
            writeLines(node, r, rep);
        }
        return node;
    }

    private void writeLines(ObjectNode node, Api1Resource r, Representation rep) {
        ArrayNode lines = node.putArray(rep.linesName());
        for (OrderLine line : r.lines()) {
            ObjectNode l = lines.addObject();
            l.put("$uuid", line.uuid());
            rows.write(l, line.values(), rep.lineFields());
        }
    }

    private static String title(MasterData master, String kind, String code) {
        return switch (kind) {
            case "customer" -> master.customer(code).map(c -> c.names().get(0)).orElse(code);
            case "supplier" -> master.supplier(code).map(s -> s.name()).orElse(code);
            case "site" -> master.site(code).map(s -> s.name()).orElse(code);
            case "deliveryMode" -> master.deliveryMode(code).map(m -> m.description()).orElse(code);
            case "carrier" -> master.carrier(code).map(c -> c.name()).orElse(code);
            default -> code;
        };
    }
}
