package dev.x3ups.x3.simulator.admin;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.x3ups.x3.simulator.api1.Api1Resource;
import dev.x3ups.x3.simulator.api1.Representation;
import dev.x3ups.x3.simulator.api1.Representations;
import dev.x3ups.x3.simulator.api1.ResourceWriter;
import dev.x3ups.x3.simulator.auth.TokenException;
import dev.x3ups.x3.simulator.auth.TokenService;
import dev.x3ups.x3.simulator.data.Folder;
import dev.x3ups.x3.simulator.data.InvalidValueException;
import dev.x3ups.x3.simulator.data.OrderKind;
import dev.x3ups.x3.simulator.data.OrderRecord;
import dev.x3ups.x3.simulator.data.SimClock;
import dev.x3ups.x3.simulator.data.TrackingRecord;
import dev.x3ups.x3.simulator.fault.Counters;
import dev.x3ups.x3.simulator.fault.Faults;
import dev.x3ups.x3.simulator.fault.Throttle;
import dev.x3ups.x3.simulator.http.BadRequestException;
import dev.x3ups.x3.simulator.http.Handler;
import dev.x3ups.x3.simulator.http.Json;
import dev.x3ups.x3.simulator.http.SimRequest;
import dev.x3ups.x3.simulator.http.SimResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The JSON admin API under {@code /admin} for the quickstart and tests: orders, clock, faults, counters. */
public final class AdminHandler implements Handler {

    private static final Pattern ORDERS = Pattern.compile("^/admin/([^/]+)/orders/(sales|purchase|generate)(?:/([^/]+))?$");
    /** Withdrawals: {@code POST .../cancel}, {@code POST .../lines/{line}/close}, {@code DELETE .../lines/{line}}. */
    private static final Pattern WITHDRAWAL =
            Pattern.compile("^/admin/([^/]+)/orders/(sales|purchase)/([^/]+)/(cancel|lines/(\\d+)(/close)?)$");
    private static final Pattern WRITEBACK = Pattern.compile("^/admin/([^/]+)/writeback$");

    private final Map<String, Folder> folders;
    private final SimClock clock;
    private final Faults faults;
    private final Counters counters;
    private final TokenService tokens;
    private final Representations representations;
    private final ResourceWriter writer;

    public AdminHandler(Map<String, Folder> folders, SimClock clock, Faults faults, Counters counters,
                        TokenService tokens, Representations representations, ResourceWriter writer) {
        this.folders = folders;
        this.clock = clock;
        this.faults = faults;
        this.counters = counters;
        this.tokens = tokens;
        this.representations = representations;
        this.writer = writer;
    }

    @Override
    public SimResponse handle(SimRequest request) {
        try {
            return route(request);
        } catch (BadRequestException | InvalidValueException | IllegalArgumentException | TokenException e) {
            return error(400, e.getMessage());
        } catch (NoSuchElementException e) {
            return error(404, e.getMessage());
        }
    }

    private SimResponse route(SimRequest request) {
        String path = request.path();
        String method = request.method();
        switch (method + " " + path) {
            case "GET /admin/health": {
                ObjectNode n = Json.object().put("status", "UP");
                ArrayNode eps = n.putArray("endpoints");
                folders.keySet().forEach(eps::add);
                return ok(n);
            }
            case "GET /admin/counters":
                return SimResponse.json(200, Json.write(counters.snapshot()));
            case "DELETE /admin/counters":
                counters.reset();
                return SimResponse.empty(204);
            case "GET /admin/clock":
                return clockState();
            case "POST /admin/clock":
                return clock(Json.readObject(request.body()));
            case "GET /admin/faults":
                return faultState();
            case "PUT /admin/faults":
                return faults(Json.readObject(request.body()));
            case "DELETE /admin/faults":
                faults.clear();
                return SimResponse.empty(204);
            case "POST /admin/faults/expire-tokens":
                tokens.expireAllAccessTokens();
                return SimResponse.empty(204);
            case "POST /admin/auth/codes": {
                Object clientId = Json.readObject(request.body()).get("clientId");
                if (!(clientId instanceof String id)) {
                    throw new BadRequestException("clientId is required");
                }
                return ok(Json.object().put("code", tokens.issueAuthorizationCode(id, null)));
            }
            default:
                break;
        }
        Matcher m = ORDERS.matcher(path);
        if (m.matches()) {
            return orders(request, folder(m.group(1)), m.group(2), m.group(3));
        }
        Matcher c = WITHDRAWAL.matcher(path);
        if (c.matches()) {
            return withdrawal(method, folder(c.group(1)), "sales".equals(c.group(2)) ? OrderKind.SALES : OrderKind.PURCHASE,
                    c.group(3), c.group(5), c.group(6) != null);
        }
        Matcher w = WRITEBACK.matcher(path);
        if (w.matches() && "GET".equals(method)) {
            Folder folder = folder(w.group(1));
            Representation rep = representations.find(Representations.TRACKING_CLASS, "YSHIPTRK").orElseThrow();
            ArrayNode list = Json.MAPPER.createArrayNode();
            for (TrackingRecord r : folder.tracking().all()) {
                list.add(writer.details(Api1Resource.of(r), rep, "", folder.master()));
            }
            return SimResponse.json(200, Json.write(list));
        }
        return error(404, "unknown admin resource " + method + " " + path);
    }

    private SimResponse orders(SimRequest request, Folder folder, String what, String number) {
        X3Admin admin = new X3Admin(folder);
        String method = request.method();
        if ("generate".equals(what) && number == null && "POST".equals(method)) {
            Map<String, Object> b = Json.readObject(request.body());
            GeneratedOrders g = admin.generate(new GeneratorRequest(intOf(b, "sales", 0), intOf(b, "purchase", 0),
                    doubleOf(b, "badShare", 0), (long) doubleOf(b, "seed", System.nanoTime())));
            return SimResponse.json(200, Json.write(g));
        }
        OrderKind kind = "sales".equals(what) ? OrderKind.SALES : OrderKind.PURCHASE;
        if (number == null && "POST".equals(method)) {
            Map<String, Object> b = Json.readObject(request.body());
            OrderRecord o = kind == OrderKind.SALES ? admin.createSalesOrder(DraftReader.sales(b))
                    : admin.createPurchaseOrder(DraftReader.purchase(b));
            return SimResponse.json(201, Json.write(order(folder, o)));
        }
        if (number != null && "PATCH".equals(method)) {
            Map<String, Object> b = Json.readObject(request.body());
            OrderRecord o = kind == OrderKind.SALES ? admin.modifySalesOrder(number, b)
                    : admin.modifyPurchaseOrder(number, b);
            return SimResponse.json(200, Json.write(order(folder, o)));
        }
        if (number != null && "GET".equals(method)) {
            Optional<OrderRecord> o = folder.orders(kind).find(number);
            return o.map(x -> SimResponse.json(200, Json.write(order(folder, x))))
                    .orElseGet(() -> error(404, "no order " + number));
        }
        return error(405, "unsupported " + method + " on " + request.path());
    }

    private SimResponse withdrawal(String method, Folder folder, OrderKind kind, String number, String line,
                                   boolean close) {
        X3Admin admin = new X3Admin(folder);
        OrderRecord o;
        if (line == null && "POST".equals(method)) {
            o = admin.cancel(kind, number);
        } else if (line != null && close && "POST".equals(method)) {
            o = admin.closeLine(kind, number, Integer.parseInt(line));
        } else if (line != null && !close && "DELETE".equals(method)) {
            o = admin.removeLine(kind, number, Integer.parseInt(line));
        } else {
            return error(405, "unsupported " + method + " on order " + number);
        }
        return SimResponse.json(200, Json.write(order(folder, o)));
    }

    private ObjectNode order(Folder folder, OrderRecord o) {
        String rep = o.kind() == OrderKind.SALES ? "YSOSHIP" : "YPOSHIP";
        String cls = o.kind() == OrderKind.SALES ? Representations.SALES_CLASS : Representations.PURCHASE_CLASS;
        return writer.details(Api1Resource.of(o), representations.find(cls, rep).orElseThrow(), "", folder.master());
    }

    private SimResponse clock(Map<String, Object> b) {
        if (b.containsKey("freezeAt")) {
            try {
                clock.freezeAt(Instant.parse(String.valueOf(b.get("freezeAt"))));
            } catch (DateTimeParseException e) {
                throw new BadRequestException("freezeAt must be an ISO-8601 instant");
            }
        } else if (Boolean.TRUE.equals(b.get("freeze"))) {
            clock.freeze();
        } else if (Boolean.FALSE.equals(b.get("freeze"))) {
            clock.unfreeze();
        }
        if (b.containsKey("advanceSeconds")) {
            clock.advance(Duration.ofSeconds((long) doubleOf(b, "advanceSeconds", 0)));
        }
        return clockState();
    }

    private SimResponse clockState() {
        return ok(Json.object().put("now", clock.now().toString()).put("frozen", clock.frozen()));
    }

    private SimResponse faults(Map<String, Object> b) {
        if (b.containsKey("errorRate")) {
            faults.errorRate(doubleOf(b, "errorRate", 0));
        }
        if (b.containsKey("diagnosesRate")) {
            faults.diagnosesRate(doubleOf(b, "diagnosesRate", 0));
        }
        if (b.containsKey("latencyMillis")) {
            faults.latency(Duration.ofMillis((long) doubleOf(b, "latencyMillis", 0)));
        }
        if (b.containsKey("throttle")) {
            Object t = b.get("throttle");
            if (t == null) {
                faults.throttle(null);
            } else if (t instanceof Map<?, ?> tm) {
                @SuppressWarnings("unchecked")
                Map<String, Object> m = (Map<String, Object>) tm;
                faults.throttle(new Throttle((long) doubleOf(m, "budget", 0), (long) doubleOf(m, "grace", 0),
                        (long) doubleOf(m, "slowMillis", 0)));
            } else {
                throw new BadRequestException("throttle must be an object or null");
            }
        }
        return faultState();
    }

    private SimResponse faultState() {
        ObjectNode n = Json.object().put("errorRate", faults.errorRate()).put("latencyMillis", faults.latencyMillis())
                .put("diagnosesRate", faults.diagnosesRate());
        Throttle t = faults.throttle();
        if (t == null) {
            n.putNull("throttle");
        } else {
            n.putObject("throttle").put("budget", t.budget()).put("grace", t.grace()).put("slowMillis", t.slowMillis());
        }
        return ok(n);
    }

    private Folder folder(String endpoint) {
        Folder f = folders.get(endpoint);
        if (f == null) {
            throw new NoSuchElementException("unknown endpoint " + endpoint);
        }
        return f;
    }

    private static int intOf(Map<String, Object> b, String name, int dflt) {
        return (int) doubleOf(b, name, dflt);
    }

    private static double doubleOf(Map<String, Object> b, String name, double dflt) {
        Object v = b.get(name);
        if (v == null) {
            return dflt;
        }
        if (!(v instanceof Number n)) {
            throw new BadRequestException(name + " must be a number");
        }
        return n.doubleValue();
    }

    private static SimResponse ok(ObjectNode n) {
        return SimResponse.json(200, Json.write(n));
    }

    private static SimResponse error(int status, String message) {
        return SimResponse.json(status, Json.write(Json.object().put("error", message)));
    }
}
