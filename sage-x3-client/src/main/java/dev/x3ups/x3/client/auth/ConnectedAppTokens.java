package dev.x3ups.x3.client.auth;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dev.x3ups.client.AccessToken;
import dev.x3ups.client.Secret;
import dev.x3ups.x3.client.X3AuthenticationException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;

/**
 * Mints the HS256 JWT of an X3 connected application: there is no token endpoint, the client signs
 * its own token with the application's secret.
 */
public final class ConnectedAppTokens implements TokenSource {
    private final ConnectedAppCredentials credentials;
    private final Clock clock;

    public ConnectedAppTokens(ConnectedAppCredentials credentials, Clock clock) {
        this.credentials = credentials;
        this.clock = clock;
    }

    @Override
    public AccessToken fetch() throws X3AuthenticationException {
        // whole seconds: X3 rejects a token issued "in the future", so never round iat up
        Instant issued = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        Instant expires = issued.plus(credentials.tokenLifetime());
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .issuer(credentials.clientId())
                .subject(credentials.user())
                .issueTime(Date.from(issued))
                .expirationTime(Date.from(expires));
        if (credentials.audience() != null && !credentials.audience().isEmpty()) {
            claims.audience(credentials.audience());
        }
        SignedJWT jwt = new SignedJWT(
                new JWSHeader.Builder(JWSAlgorithm.HS256).type(JOSEObjectType.JWT).build(), claims.build());
        try {
            jwt.sign(new MACSigner(credentials.secret().reveal().getBytes(StandardCharsets.UTF_8)));
        } catch (JOSEException e) {
            // the exception text names only the key length problem, never the key
            throw new X3AuthenticationException(
                    "cannot sign the connected-app token for client " + credentials.clientId()
                            + ": the secret must be at least 32 bytes for HS256", 0, null);
        }
        return new AccessToken(Secret.of(jwt.serialize()), issued, expires);
    }
}
