package dev.x3ups.ups.simulator.contract;

import dev.x3ups.ups.simulator.http.ApiHandler;
import dev.x3ups.ups.simulator.http.ApiRequest;
import dev.x3ups.ups.simulator.http.ApiResponse;
import dev.x3ups.ups.simulator.http.UpsErrors;
import java.util.List;

/**
 * Checks a request body against UPS's OpenAPI schema of its operation before the endpoint sees it, and refuses a
 * violation as UPS does: HTTP 400 in the error envelope. UPS documents no code for schema violations; the
 * simulator answers {@value #CODE} (the code it uses for any invalid request) with the first violation's
 * location and message, which is what an integrator needs to fix the body. Where UPS documents its own code for
 * a rule the schema also states (e.g. Track Alert's VSS220 for more than 100 tracking numbers), a
 * {@link KnownRule} answers with that code instead.
 */
public final class SchemaChecked implements ApiHandler {
    public static final String CODE = "10002";

    /**
     * A schema violation UPS answers with its own code, matched on the violation's text; with a null code, one the
     * endpoint handles itself (e.g. Track Alert reports malformed tracking numbers per number, not as a refusal).
     */
    public record KnownRule(String violationContains, String alsoContains, String code, String message) {
        boolean matches(String violation) {
            return violation.contains(violationContains) && violation.contains(alsoContains);
        }

        public static KnownRule leftToEndpoint(String violationContains) {
            return new KnownRule(violationContains, "", null, null);
        }
    }

    private final UpsContract contract;
    private final ApiHandler next;
    private final List<KnownRule> knownRules;

    public SchemaChecked(UpsContract contract, ApiHandler next, KnownRule... knownRules) {
        this.contract = contract;
        this.next = next;
        this.knownRules = List.of(knownRules);
    }

    @Override
    public ApiResponse handle(ApiRequest request) {
        if (request.body() != null && !request.body().isBlank()
                && contract.find(request.method(), request.path()).isPresent()) {
            List<String> violations = contract.checkRequest(request.method(), request.path(), request.body())
                    .stream().filter(v -> knownRules.stream().noneMatch(r -> r.code() == null && r.matches(v)))
                    .toList();
            if (!violations.isEmpty()) {
                for (KnownRule rule : knownRules) {
                    if (rule.code() != null && violations.stream().anyMatch(rule::matches)) {
                        return UpsErrors.error(400, rule.code(), rule.message());
                    }
                }
                return UpsErrors.error(400, CODE, "Invalid request: " + violations.get(0));
            }
        }
        return next.handle(request);
    }
}
