package dev.x3ups.x3.simulator.graphql;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import dev.x3ups.x3.simulator.auth.Authenticator;
import dev.x3ups.x3.simulator.data.Folder;
import dev.x3ups.x3.simulator.fault.FaultDecision;
import dev.x3ups.x3.simulator.fault.FaultInjector;
import dev.x3ups.x3.simulator.fault.Counters;
import dev.x3ups.x3.simulator.http.BadRequestException;
import dev.x3ups.x3.simulator.http.Handler;
import dev.x3ups.x3.simulator.http.Json;
import dev.x3ups.x3.simulator.http.SimRequest;
import dev.x3ups.x3.simulator.http.SimResponse;
import graphql.ExecutionResult;
import graphql.GraphQLError;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code POST /xtrem/api} (folder from the {@code x-xtrem-endpoint} header) and
 * {@code POST /v1/service/{endPoint}/api}; Bearer tokens only.
 */
public final class GraphQlHandler implements Handler {

    private static final Pattern GATEWAY = Pattern.compile("^/v1/service/([^/]+)/api$");

    private final Map<String, Folder> folders;
    private final X3GraphQl graphQl;
    private final Authenticator authenticator;
    private final FaultInjector faults;
    private final Counters counters;

    public GraphQlHandler(Map<String, Folder> folders, X3GraphQl graphQl, Authenticator authenticator,
                          FaultInjector faults, Counters counters) {
        this.folders = folders;
        this.graphQl = graphQl;
        this.authenticator = authenticator;
        this.faults = faults;
        this.counters = counters;
    }

    @Override
    public SimResponse handle(SimRequest request) {
        counters.increment("graphql.request");
        String endpoint;
        Matcher m = GATEWAY.matcher(request.path());
        if (m.matches()) {
            endpoint = m.group(1);
        } else if (request.path().equals("/xtrem/api")) {
            endpoint = request.header("x-xtrem-endpoint");
            if (endpoint == null || endpoint.isBlank()) {
                return errors(400, "the x-xtrem-endpoint header is required");
            }
        } else {
            return errors(404, "unknown GraphQL route " + request.path());
        }
        if (!"POST".equals(request.method())) {
            return errors(405, "GraphQL requests are POSTed");
        }
        if (authenticator.authenticate(request, false).isEmpty()) {
            counters.increment("auth.rejected");
            return errors(401, "Unauthorized: a valid Bearer token is required")
                    .withHeader("WWW-Authenticate", "Bearer");
        }
        Folder folder = folders.get(endpoint);
        if (folder == null) {
            return errors(404, "unknown endpoint " + endpoint);
        }
        String query;
        Map<String, Object> variables;
        String operationName;
        try {
            JsonNode body = Json.read(request.body());
            query = body.path("query").asText(null);
            if (query == null) {
                throw new BadRequestException("the request body needs a query");
            }
            variables = body.hasNonNull("variables")
                    ? Json.MAPPER.convertValue(body.get("variables"), new TypeReference<Map<String, Object>>() { })
                    : Map.of();
            operationName = body.hasNonNull("operationName") ? body.get("operationName").asText() : null;
        } catch (BadRequestException e) {
            return errors(400, e.getMessage());
        }
        boolean read = !query.stripLeading().startsWith("mutation");
        FaultDecision decision = faults.decide(read);
        switch (decision) {
            case SERVER_ERROR:
                return errors(500, "Internal server error");
            case LICENCE_EXHAUSTED:
                return errors(503, "Web services licence volume exceeded (WSSIZELIMIT)");
            case DIAGNOSES_IN_200: {
                Map<String, Object> out = new LinkedHashMap<>();
                out.put("data", null);
                out.put("errors", List.of(Map.of("message", "Web service pool is busy, retry later")));
                out.put("extensions", Map.of("diagnoses",
                        List.of(Map.of("severity", "error", "message", "Web service pool is busy, retry later"))));
                return SimResponse.json(200, Json.write(out));
            }
            default:
                break;
        }
        ExecutionResult result = graphQl.execute(folder, query, variables, operationName);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("data", result.getData());
        if (!result.getErrors().isEmpty()) {
            List<Map<String, Object>> errs = new ArrayList<>();
            for (GraphQLError e : result.getErrors()) {
                errs.add(e.toSpecification());
            }
            out.put("errors", errs);
        }
        out.put("extensions", Map.of("diagnoses", List.of()));
        return SimResponse.json(200, Json.write(out));
    }

    private static SimResponse errors(int status, String message) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("errors", List.of(Map.of("message", message)));
        return SimResponse.json(status, Json.write(out));
    }
}
