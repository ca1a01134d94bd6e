package dev.x3ups.x3.simulator.auth;

/**
 * What {@code POST /v1/token} returns.
 *
 * @param refreshToken null for client credentials
 */
public record IssuedTokens(String accessToken, long expiresIn, String refreshToken, long refreshExpiresIn,
                           String scope) {

    @Override
    public String toString() {
        return "IssuedTokens[expiresIn=" + expiresIn + ", refresh=" + (refreshToken != null) + "]";
    }
}
