package dev.x3ups.x3.simulator;

import dev.x3ups.x3.simulator.auth.TokenEndpoint;
import dev.x3ups.x3.simulator.fault.FaultDecision;
import dev.x3ups.x3.simulator.fault.FaultInjector;
import dev.x3ups.x3.simulator.http.Handler;
import dev.x3ups.x3.simulator.http.Json;
import dev.x3ups.x3.simulator.http.SimRequest;
import dev.x3ups.x3.simulator.http.SimResponse;
import java.util.Map;

/** Sends each request to the surface it belongs to: api1, GraphQL, gateway tokens or admin. */
final class Router implements Handler {

    private final Handler api1;
    private final Handler graphQl;
    private final TokenEndpoint tokens;
    private final Handler admin;
    private final FaultInjector faults;

    Router(Handler api1, Handler graphQl, TokenEndpoint tokens, Handler admin, FaultInjector faults) {
        this.api1 = api1;
        this.graphQl = graphQl;
        this.tokens = tokens;
        this.admin = admin;
        this.faults = faults;
    }

    @Override
    public SimResponse handle(SimRequest request) {
        String path = request.path();
        if (path.startsWith("/api1/")) {
            return api1.handle(request);
        }
        if (path.equals("/xtrem/api") || path.startsWith("/v1/service/")) {
            return graphQl.handle(request);
        }
        if (path.startsWith("/admin/")) {
            return admin.handle(request);
        }
        if (path.equals("/v1") && "GET".equals(request.method())) {
            return SimResponse.json(200, Json.write(Map.of(
                    "customerAccess", Map.of("authorise", "/v1/token/authorise", "token", "/v1/token"),
                    "customerUsage", Map.of("graphQL", "/v1/service/{endPoint}/api"))));
        }
        if (path.equals("/v1/token/authorise") && "GET".equals(request.method())) {
            return tokens.authorise(request);
        }
        if (path.equals("/v1/token") && "POST".equals(request.method())) {
            FaultDecision d = faults.decide(false);
            if (d == FaultDecision.SERVER_ERROR) {
                return SimResponse.json(500, "{\"error\":\"server_error\",\"error_description\":\"Internal server error\"}");
            }
            if (d == FaultDecision.LICENCE_EXHAUSTED) {
                return SimResponse.json(503, "{\"error\":\"temporarily_unavailable\",\"error_description\":\"Request quota exceeded\"}");
            }
            return tokens.token(request);
        }
        return SimResponse.json(404, "{\"$diagnoses\":[{\"$severity\":\"error\",\"$message\":\"Not found\"}]}");
    }
}
