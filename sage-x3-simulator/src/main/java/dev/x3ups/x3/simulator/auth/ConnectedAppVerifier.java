package dev.x3ups.x3.simulator.auth;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Checks a JWT a connected application minted itself: HS256 with the app secret, {@code iss} = client id,
 * {@code sub} = the allowed user, not expired, not issued in the future beyond the skew, and no longer
 * lived than the app's configured validity.
 */
public final class ConnectedAppVerifier {

    private final AuthSettings settings;
    private final Supplier<Instant> expiredBefore;

    public ConnectedAppVerifier(AuthSettings settings, Supplier<Instant> expiredBefore) {
        this.settings = settings;
        this.expiredBefore = expiredBefore;
    }

    /** The user the token acts for, or a reason for refusal. */
    public Result verify(String token) {
        SignedJWT jwt;
        JWTClaimsSet claims;
        try {
            jwt = SignedJWT.parse(token);
            claims = jwt.getJWTClaimsSet();
        } catch (ParseException e) {
            return Result.refused("token is not a JWT");
        }
        if (!JWSAlgorithm.HS256.equals(jwt.getHeader().getAlgorithm())) {
            return Result.refused("token must be signed with HS256");
        }
        Optional<ConnectedApp> app = settings.connectedApps().stream()
                .filter(a -> a.clientId().equals(claims.getIssuer())).findFirst();
        if (app.isEmpty()) {
            return Result.refused("unknown connected application");
        }
        try {
            if (!jwt.verify(new MACVerifier(app.get().secret().getBytes(StandardCharsets.UTF_8)))) {
                return Result.refused("bad token signature");
            }
        } catch (JOSEException e) {
            return Result.refused("bad token signature");
        }
        Date iat = claims.getIssueTime();
        Date exp = claims.getExpirationTime();
        if (iat == null || exp == null) {
            return Result.refused("token needs iat and exp");
        }
        Instant now = settings.clock().instant();
        if (!exp.toInstant().isAfter(now)) {
            return Result.refused("token expired");
        }
        if (iat.toInstant().isAfter(now.plus(settings.jwtClockSkew()))) {
            return Result.refused("token issued in the future");
        }
        if (exp.getTime() - iat.getTime() > app.get().validity().toMillis()) {
            return Result.refused("token lifetime exceeds the application's validity");
        }
        if (iat.toInstant().isBefore(expiredBefore.get().truncatedTo(ChronoUnit.SECONDS))) {
            return Result.refused("token expired");
        }
        if (!app.get().user().equals(claims.getSubject())) {
            return Result.refused("user is not allowed for this application");
        }
        return new Result(claims.getSubject(), null);
    }

    /** Either a user or the reason the token was refused. */
    public record Result(String user, String refusal) {

        static Result refused(String reason) {
            return new Result(null, reason);
        }

        public boolean accepted() {
            return user != null;
        }
    }
}
