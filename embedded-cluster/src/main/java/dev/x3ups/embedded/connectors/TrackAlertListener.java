package dev.x3ups.embedded.connectors;

import java.util.Map;

/**
 * The tracking source's Track Alert webhook listener on the loopback {@code port}, taking UPS's calls with
 * OAuth2 tokens it issues to {@code clientId}. {@link #toString()} leaves the secret out.
 */
public record TrackAlertListener(int port, String clientId, String clientSecret) {

    Map<String, String> settings() {
        return Map.of("listener.bind.address", "127.0.0.1", "listener.port", Integer.toString(port),
                "webhook.auth", "OAUTH2", "webhook.client.id", clientId, "webhook.client.secret", clientSecret);
    }

    @Override
    public String toString() {
        return "TrackAlertListener[127.0.0.1:" + port + ", client " + clientId + "]";
    }
}
