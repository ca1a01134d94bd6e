package dev.x3ups.x3.simulator.auth;

/** An application registered on the X3 Cloud gateway (authorization code, refresh, client credentials). */
public record OAuthClient(String clientId, String secret) {

    @Override
    public String toString() {
        return "OAuthClient[clientId=" + clientId + "]";
    }
}
