package dev.x3ups.x3.simulator.auth;

import dev.x3ups.x3.simulator.http.SimRequest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/** Decides who a request acts for from its Authorization header. */
public final class Authenticator {

    private final Users users;
    private final TokenService tokens;
    private final ConnectedAppVerifier connectedApps;

    public Authenticator(Users users, TokenService tokens, ConnectedAppVerifier connectedApps) {
        this.users = users;
        this.tokens = tokens;
        this.connectedApps = connectedApps;
    }

    /** Who the request acts for; empty when refused. {@code allowBasic} is true for api1 only. */
    public Optional<String> authenticate(SimRequest request, boolean allowBasic) {
        String header = request.header("Authorization");
        if (header == null) {
            return Optional.empty();
        }
        if (allowBasic && header.regionMatches(true, 0, "Basic ", 0, 6)) {
            String decoded;
            try {
                decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
            int colon = decoded.indexOf(':');
            if (colon < 0) {
                return Optional.empty();
            }
            String login = decoded.substring(0, colon);
            return users.verify(login, decoded.substring(colon + 1)) ? Optional.of(login) : Optional.empty();
        }
        if (header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            String token = header.substring(7).trim();
            if (tokens.verifyAccessToken(token)) {
                return Optional.of("gateway");
            }
            ConnectedAppVerifier.Result r = connectedApps.verify(token);
            return r.accepted() ? Optional.of(r.user()) : Optional.empty();
        }
        return Optional.empty();
    }
}
