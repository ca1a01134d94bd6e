package dev.x3ups.x3.simulator.auth;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.x3ups.x3.simulator.fault.Counters;
import dev.x3ups.x3.simulator.http.Json;
import dev.x3ups.x3.simulator.http.SimRequest;
import dev.x3ups.x3.simulator.http.SimResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/** {@code GET /v1/token/authorise} (auto-approving) and {@code POST /v1/token} of the X3 Cloud gateway. */
public final class TokenEndpoint {

    private final TokenService tokens;
    private final Counters counters;
    private final Supplier<String> baseUrl;

    public TokenEndpoint(TokenService tokens, Counters counters, Supplier<String> baseUrl) {
        this.tokens = tokens;
        this.counters = counters;
        this.baseUrl = baseUrl;
    }

    public SimResponse authorise(SimRequest request) {
        counters.increment("token.authorise");
        Map<String, String> q = request.query();
        try {
            String code = tokens.issueAuthorizationCode(q.get("client_id"), q.get("scope"));
            String state = q.getOrDefault("state", "");
            String redirect = q.get("redirect_uri");
            if (redirect != null && !redirect.isEmpty()) {
                String location = redirect + (redirect.contains("?") ? "&" : "?") + "authorizationCode=" + enc(code)
                        + "&state=" + enc(state) + "&endpoint=" + enc(baseUrl.get());
                return SimResponse.empty(302).withHeader("Location", location);
            }
            ObjectNode body = Json.object();
            body.put("authorizationCode", code);
            body.put("state", state);
            body.put("endpoint", baseUrl.get());
            return SimResponse.json(200, Json.write(body));
        } catch (TokenException e) {
            return error(e);
        }
    }

    public SimResponse token(SimRequest request) {
        Map<String, String> form = form(request);
        String grant = form.getOrDefault("grant_type", "");
        counters.increment("token." + (grant.isEmpty() ? "missing_grant" : grant));
        String clientId = form.get("client_id");
        String clientSecret = form.get("client_secret");
        String basic = request.header("Authorization");
        if (clientId == null && basic != null && basic.regionMatches(true, 0, "Basic ", 0, 6)) {
            try {
                String decoded = new String(Base64.getDecoder().decode(basic.substring(6).trim()), StandardCharsets.UTF_8);
                int colon = decoded.indexOf(':');
                if (colon > 0) {
                    clientId = decoded.substring(0, colon);
                    clientSecret = decoded.substring(colon + 1);
                }
            } catch (IllegalArgumentException e) {
                return error(new TokenException(401, "invalid_client", "malformed Basic header"));
            }
        }
        try {
            IssuedTokens issued = switch (grant) {
                case "authorization_code" -> tokens.exchangeCode(form.get("code"), clientId, clientSecret);
                case "refresh_token" -> tokens.refresh(form.get("refresh_token"), clientId, clientSecret);
                case "client_credentials" -> tokens.clientCredentials(clientId, clientSecret);
                default -> throw new TokenException(400, "unsupported_grant_type",
                        "grant_type must be authorization_code, refresh_token or client_credentials");
            };
            ObjectNode body = Json.object();
            body.put("access_token", issued.accessToken());
            body.put("token_type", "Bearer");
            body.put("expires_in", issued.expiresIn());
            if (issued.refreshToken() != null) {
                body.put("refresh_token", issued.refreshToken());
                body.put("refresh_token_expires_in", issued.refreshExpiresIn());
            }
            body.put("scope", issued.scope());
            return SimResponse.json(200, Json.write(body)).withHeader("Cache-Control", "no-store");
        } catch (TokenException e) {
            return error(e);
        }
    }

    private static Map<String, String> form(SimRequest request) {
        String type = request.header("Content-Type");
        if (type != null && type.toLowerCase().startsWith("application/x-www-form-urlencoded")) {
            return SimRequest.parseForm(request.body());
        }
        Map<String, String> out = new LinkedHashMap<>();
        try {
            Json.readObject(request.body()).forEach((k, v) -> out.put(k, v == null ? null : v.toString()));
        } catch (RuntimeException e) {
            return SimRequest.parseForm(request.body());
        }
        return out;
    }

    private static SimResponse error(TokenException e) {
        ObjectNode body = Json.object();
        body.put("error", e.error());
        body.put("error_description", e.getMessage());
        return SimResponse.json(e.status(), Json.write(body));
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
