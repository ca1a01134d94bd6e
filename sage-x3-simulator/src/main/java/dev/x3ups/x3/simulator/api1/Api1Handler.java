package dev.x3ups.x3.simulator.api1;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.x3ups.x3.simulator.auth.Authenticator;
import dev.x3ups.x3.simulator.data.Field;
import dev.x3ups.x3.simulator.data.Folder;
import dev.x3ups.x3.simulator.data.InvalidValueException;
import dev.x3ups.x3.simulator.data.OrderKind;
import dev.x3ups.x3.simulator.data.TrackingRecord;
import dev.x3ups.x3.simulator.fault.Counters;
import dev.x3ups.x3.simulator.fault.FaultDecision;
import dev.x3ups.x3.simulator.fault.FaultInjector;
import dev.x3ups.x3.simulator.http.BadRequestException;
import dev.x3ups.x3.simulator.http.Handler;
import dev.x3ups.x3.simulator.http.Json;
import dev.x3ups.x3.simulator.http.SimRequest;
import dev.x3ups.x3.simulator.http.SimResponse;
import dev.x3ups.x3.simulator.writeback.WriteBackConflictException;
import dev.x3ups.x3.simulator.writeback.WriteBackService;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The api1 web service: {@code /api1/x3/erp/{ENDPOINT}/{CLASS}[('KEY')]?representation=REP.$facet}. */
public final class Api1Handler implements Handler {

    private static final Pattern PATH = Pattern.compile(
            "^/api1/x3/erp/([^/]+)/([A-Za-z0-9_]+)(?:\\('(.*)'\\)|\\(\"(.*)\"\\))?(/.*)?$");
    private static final Pattern PROTOTYPES = Pattern.compile("^/\\$prototypes\\('(.+)'\\)$");
    private static final String TEMPLATE = "/$template";

    private final Map<String, Folder> folders;
    private final Representations representations;
    private final Authenticator authenticator;
    private final FaultInjector faults;
    private final Counters counters;
    private final WriteBackService writeBack;
    private final ResourceWriter writer;

    public Api1Handler(Map<String, Folder> folders, Representations representations, Authenticator authenticator,
                       FaultInjector faults, Counters counters, WriteBackService writeBack, DimensionStyle style) {
        this.folders = folders;
        this.representations = representations;
        this.authenticator = authenticator;
        this.faults = faults;
        this.counters = counters;
        this.writeBack = writeBack;
        this.writer = new ResourceWriter(style);
    }

    private record Target(String endpoint, String className, String key, String subPath, String representation,
                          String facet) {
    }

    @Override
    public SimResponse handle(SimRequest request) {
        Matcher m = PATH.matcher(request.path());
        if (!m.matches()) {
            return Diagnoses.error(404, "ResourceNotFound", "Unknown api1 resource " + request.path());
        }
        String key = m.group(3) != null ? m.group(3) : m.group(4);
        String repParam = request.query("representation");
        String rep = null;
        String facet = null;
        if (repParam != null) {
            int dot = repParam.lastIndexOf(".$");
            rep = dot < 0 ? repParam : repParam.substring(0, dot);
            facet = dot < 0 ? "" : repParam.substring(dot + 1);
        }
        Target t = new Target(m.group(1), m.group(2), key, m.group(5), rep, facet);
        counters.increment("api1." + request.method() + "." + t.className()
                + (rep == null ? "" : "." + rep + "." + facet));
        if (authenticator.authenticate(request, true).isEmpty()) {
            counters.increment("auth.rejected");
            return Diagnoses.error(401, "Unauthorized", "Authentication required")
                    .withHeader("WWW-Authenticate", "Basic realm=\"Sage X3\"");
        }
        FaultDecision decision = faults.decide("GET".equals(request.method()));
        switch (decision) {
            case SERVER_ERROR:
                return Diagnoses.error(500, "ApplicationError", "Internal server error");
            case LICENCE_EXHAUSTED:
                return Diagnoses.error(503, "LicenceExceeded", "Web services licence volume exceeded (WSSIZELIMIT)");
            case DIAGNOSES_IN_200:
                return SimResponse.json(200, Diagnoses.body("error", null, null,
                        "Web service pool is busy, retry later", null));
            default:
                break;
        }
        try {
            return route(request, t);
        } catch (UnknownPropertyException e) {
            return Diagnoses.error(500, "UnknownProperty", e.getMessage());
        } catch (WhereSyntaxException e) {
            return Diagnoses.error(400, "BadWhereSyntax", e.getMessage());
        } catch (InvalidValueException e) {
            return Diagnoses.error(400, "InvalidValue", e.getMessage(), e.field());
        } catch (WriteBackConflictException e) {
            return Diagnoses.error(400, "RecordExists", e.getMessage());
        } catch (BadRequestException e) {
            return Diagnoses.error(400, "BadRequest", e.getMessage());
        }
    }

    private SimResponse route(SimRequest request, Target t) {
        Folder folder = folders.get(t.endpoint());
        if (folder == null) {
            return Diagnoses.error(404, "ResourceNotFound", "Unknown endpoint " + t.endpoint());
        }
        if (!representations.knowsClass(t.className())) {
            return Diagnoses.error(404, "ResourceNotFound", "Unknown class " + t.className());
        }
        if (t.subPath() != null) {
            Matcher p = PROTOTYPES.matcher(t.subPath());
            if ("GET".equals(request.method()) && p.matches()) {
                return prototype(t.className(), p.group(1));
            }
            if ("GET".equals(request.method()) && TEMPLATE.equals(t.subPath()) && t.representation() != null) {
                return template(folder, t);
            }
            return Diagnoses.error(404, "ResourceNotFound", "Unknown api1 resource " + request.path());
        }
        if (t.representation() == null) {
            return Diagnoses.error(400, "BadRequest", "The representation parameter is mandatory");
        }
        Optional<Representation> rep = representations.find(t.className(), t.representation());
        if (rep.isEmpty()) {
            return Diagnoses.error(400, "BadRequest", "Representation " + t.representation()
                    + " is not a representation of class " + t.className());
        }
        String method = request.method();
        if (!"GET".equals(method) && !rep.get().writable()) {
            return Diagnoses.error(405, "MethodNotAllowed", "Representation " + t.representation()
                    + " is read-only: no " + method + " on class " + t.className());
        }
        String facet = t.facet();
        if ("GET".equals(method) && t.key() == null && "$query".equals(facet)) {
            return query(request, folder, rep.get(), t);
        }
        if ("GET".equals(method) && t.key() != null && ("$details".equals(facet) || "$edit".equals(facet))) {
            return details(request, folder, rep.get(), t);
        }
        if ("POST".equals(method) && t.key() == null && "$create".equals(facet)) {
            TrackingRecord created = writeBack.create(folder, Json.readObject(request.body()));
            String url = detailsUrl(request, t, created.orderNumber());
            return SimResponse.json(201, Json.write(writer.details(Api1Resource.of(created), rep.get(), url,
                    folder.master()))).withHeader("Location", url);
        }
        if ("PUT".equals(method) && t.key() != null && "$edit".equals(facet)) {
            Optional<TrackingRecord> updated = writeBack.update(folder, t.key(), Json.readObject(request.body()));
            if (updated.isEmpty()) {
                return Diagnoses.recordNotFound();
            }
            return SimResponse.json(200, Json.write(writer.details(Api1Resource.of(updated.get()), rep.get(),
                    detailsUrl(request, t, t.key()), folder.master())));
        }
        if ("DELETE".equals(method) && t.key() != null && "$edit".equals(facet)) {
            if (!writeBack.delete(folder, t.key())) {
                return Diagnoses.recordNotFound();
            }
            return SimResponse.json(200, "{}");
        }
        return Diagnoses.error(400, "BadRequest", "Facet " + facet + " is not supported for " + method
                + (t.key() == null ? " on the class" : " on a record"));
    }

    private SimResponse query(SimRequest request, Folder folder, Representation rep, Target t) {
        int count = QueryEngine.DEFAULT_COUNT;
        String countParam = request.query("count");
        if (countParam != null) {
            try {
                count = Math.min(QueryEngine.MAX_COUNT, Math.max(1, Integer.parseInt(countParam.trim())));
            } catch (NumberFormatException e) {
                throw new BadRequestException("count must be a number");
            }
        }
        String where = request.query("where");
        String orderBy = request.query("orderBy");
        QueryResult result = QueryEngine.run(resources(folder, t.className()), rep, where, orderBy,
                request.query("key"), count);
        String base = base(request) + "/api1/x3/erp/" + t.endpoint() + "/" + t.className();
        ObjectNode root = Json.object();
        root.put("$url", base + "?" + request.rawQuery());
        root.put("$descriptor", rep.name());
        root.put("$startIndex", result.startIndex());
        root.put("$itemsPerPage", count);
        root.put("$totalResults", result.totalResults());
        ArrayNode rows = root.putArray("$resources");
        for (Api1Resource r : result.rows()) {
            rows.add(writer.queryRow(r, rep, detailsUrl(request, t, r.key())));
        }
        ObjectNode links = root.putObject("$links");
        if (result.nextKey() != null) {
            StringBuilder next = new StringBuilder(base).append("?representation=").append(rep.name())
                    .append(".$query&count=").append(count);
            if (where != null) {
                next.append("&where=").append(enc(where));
            }
            if (orderBy != null) {
                next.append("&orderBy=").append(enc(orderBy));
            }
            next.append("&key=").append(enc(result.nextKey()));
            links.putObject("$next").put("$url", next.toString());
        }
        return SimResponse.json(200, Json.write(root));
    }

    private SimResponse details(SimRequest request, Folder folder, Representation rep, Target t) {
        Optional<Api1Resource> found = resource(folder, t.className(), t.key());
        if (found.isEmpty()) {
            return Diagnoses.recordNotFound();
        }
        return SimResponse.json(200, Json.write(writer.details(found.get(), rep, detailsUrl(request, t, t.key()),
                folder.master())));
    }

    private SimResponse template(Folder folder, Target t) {
        Optional<Representation> rep = representations.find(t.className(), t.representation());
        if (rep.isEmpty() || !rep.get().writable() || !"$create".equals(t.facet())) {
            return Diagnoses.error(400, "BadRequest", "No $create template for " + t.className() + " in representation "
                    + t.representation());
        }
        ObjectNode node = writer.details(new Api1Resource("", "", WriteBackService.template(), List.of()), rep.get(), "",
                folder.master());
        node.remove(List.of("$uuid", "$etag", "$url"));
        return SimResponse.json(200, Json.write(node));
    }

    private SimResponse prototype(String className, String repFacet) {
        int dot = repFacet.lastIndexOf(".$");
        String rep = dot < 0 ? repFacet : repFacet.substring(0, dot);
        Optional<Representation> r = representations.find(className, rep);
        if (r.isEmpty()) {
            return Diagnoses.error(400, "BadRequest", "Representation " + rep + " is not a representation of class "
                    + className);
        }
        ObjectNode root = Json.object();
        root.put("$descriptor", r.get().name());
        ObjectNode props = root.putObject("$properties");
        for (Field f : r.get().queryFields()) {
            ObjectNode p = props.putObject(f.name());
            p.put("$type", switch (f.type()) {
                case ALPHA -> f.dimensioned() ? "application/x-array" : "application/x-string";
                case INTEGER, MENU -> "application/x-integer";
                case DECIMAL -> "application/x-decimal";
                case DATE -> "application/x-date";
                case DATETIME -> "application/x-datetime";
            });
            if (f.length() > 0) {
                p.put("$maxLength", f.length());
            }
            if (f.dimensioned()) {
                p.put("$maxItems", f.dimension());
            }
            p.put("$isMandatory", f.name().equals(r.get().keyField()) || f.name().equals("YORDTYP"));
            p.put("$isReadOnly", f.name().equals("CREDATTIM") || f.name().equals("UPDDATTIM"));
        }
        return SimResponse.json(200, Json.write(root));
    }

    private static List<Api1Resource> resources(Folder folder, String className) {
        return switch (className) {
            case Representations.SALES_CLASS -> folder.orders(OrderKind.SALES).all().stream().map(Api1Resource::of).toList();
            case Representations.PURCHASE_CLASS -> folder.orders(OrderKind.PURCHASE).all().stream().map(Api1Resource::of).toList();
            case Representations.TRACKING_CLASS -> folder.tracking().all().stream().map(Api1Resource::of).toList();
            default -> MasterDataResources.of(className, folder.master());
        };
    }

    /** One record by key: a map look-up, so reading a record costs the same with 100 or 100,000 of them. */
    private static Optional<Api1Resource> resource(Folder folder, String className, String key) {
        return switch (className) {
            case Representations.SALES_CLASS -> folder.orders(OrderKind.SALES).find(key).map(Api1Resource::of);
            case Representations.PURCHASE_CLASS -> folder.orders(OrderKind.PURCHASE).find(key).map(Api1Resource::of);
            case Representations.TRACKING_CLASS -> folder.tracking().find(key).map(Api1Resource::of);
            default -> MasterDataResources.of(className, folder.master()).stream()
                    .filter(r -> r.key().equals(key)).findFirst();
        };
    }

    private static String detailsUrl(SimRequest request, Target t, String key) {
        return base(request) + "/api1/x3/erp/" + t.endpoint() + "/" + t.className() + "('" + key
                + "')?representation=" + t.representation() + ".$details";
    }

    private static String base(SimRequest request) {
        String host = request.header("Host");
        return "http://" + (host == null ? "localhost" : host);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
