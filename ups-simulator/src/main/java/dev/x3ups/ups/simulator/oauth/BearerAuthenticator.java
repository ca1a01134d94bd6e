package dev.x3ups.ups.simulator.oauth;

import java.util.Optional;

/** Resolves {@code Authorization: Bearer ...} to the client id it was issued to. */
public final class BearerAuthenticator {
    private final TokenStore tokens;

    public BearerAuthenticator(TokenStore tokens) {
        this.tokens = tokens;
    }

    public Optional<String> clientId(String authorizationHeader) {
        if (authorizationHeader == null || !authorizationHeader.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return Optional.empty();
        }
        return tokens.validate(authorizationHeader.substring(7).trim()).map(TokenStore.IssuedToken::clientId);
    }
}
