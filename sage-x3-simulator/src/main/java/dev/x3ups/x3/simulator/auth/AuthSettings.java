package dev.x3ups.x3.simulator.auth;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

/** Identities and token lifetimes of the simulator. {@code clock} is wall time for tokens, not the data clock. */
public record AuthSettings(Users users, List<ConnectedApp> connectedApps, List<OAuthClient> oauthClients,
                           Duration accessTokenLifetime, Duration refreshTokenLifetime,
                           Duration authorizationCodeLifetime, Duration jwtClockSkew, Clock clock) {
}
