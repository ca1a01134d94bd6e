package dev.x3ups.ups.simulator.oauth;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.x3ups.ups.simulator.http.ApiHandler;
import dev.x3ups.ups.simulator.http.ApiRequest;
import dev.x3ups.ups.simulator.http.ApiResponse;
import dev.x3ups.ups.simulator.http.Json;
import dev.x3ups.ups.simulator.http.UpsErrors;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;

/** {@code POST /security/v1/oauth/token}: client credentials with Basic client authentication. */
public final class TokenEndpoint implements ApiHandler {
    private final ClientRegistry clients;
    private final TokenStore tokens;

    public TokenEndpoint(ClientRegistry clients, TokenStore tokens) {
        this.clients = clients;
        this.tokens = tokens;
    }

    @Override
    public ApiResponse handle(ApiRequest request) {
        String[] credentials = basicCredentials(request.header("Authorization"));
        if (credentials == null) {
            return UpsErrors.error(401, "10400", "Invalid/Missing Authorization Header");
        }
        if (!clients.authenticates(credentials[0], credentials[1])) {
            return UpsErrors.error(401, "10401", "ClientId is Invalid");
        }
        Map<String, String> form = form(request.body());
        if (!"client_credentials".equals(form.get("grant_type"))) {
            return UpsErrors.error(400, "10400", "Invalid Request: grant_type must be client_credentials");
        }
        if (!tokens.tryConsumeQuota(credentials[0])) {
            return UpsErrors.error(429, "10429", "Quota Limit Exceeded");
        }
        var issued = tokens.issue(credentials[0], request.header("x-merchant-id"));
        ObjectNode body = Json.object();
        body.put("token_type", "Bearer");
        body.put("issued_at", Long.toString(issued.getValue().issuedAt().toEpochMilli()));
        body.put("client_id", credentials[0]);
        body.put("access_token", issued.getKey());
        body.put("scope", "");
        body.put("expires_in", Long.toString(tokens.lifetimeSeconds()));
        body.put("refresh_count", "0");
        body.put("status", "approved");
        return ApiResponse.ok(body);
    }

    static String[] basicCredentials(String header) {
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return null;
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return null;
        }
        int colon = decoded.indexOf(':');
        return colon < 1 ? null : new String[] {decoded.substring(0, colon), decoded.substring(colon + 1)};
    }

    static Map<String, String> form(String body) {
        Map<String, String> out = new HashMap<>();
        if (body == null) {
            return out;
        }
        for (String pair : body.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                out.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return out;
    }
}
