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
 * location and message, which is what an integrator needs to fix the body.
 */
public final class SchemaChecked implements ApiHandler {
    public static final String CODE = "10002";

    private final UpsContract contract;
    private final ApiHandler next;

    public SchemaChecked(UpsContract contract, ApiHandler next) {
        this.contract = contract;
        this.next = next;
    }

    @Override
    public ApiResponse handle(ApiRequest request) {
        if (request.body() != null && !request.body().isBlank()
                && contract.find(request.method(), request.path()).isPresent()) {
            List<String> violations = contract.checkRequest(request.method(), request.path(), request.body());
            if (!violations.isEmpty()) {
                return UpsErrors.error(400, CODE, "Invalid request: " + violations.get(0));
            }
        }
        return next.handle(request);
    }
}
