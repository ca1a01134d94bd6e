package dev.x3ups.embedded.connectors;

import java.util.Map;

/** Where a UPS connector finds UPS and its OAuth client. {@link #toString()} leaves the secret out. */
public record UpsConnection(String baseUrl, String clientId, String clientSecret) {

    Map<String, String> settings() {
        return Map.of("ups.base.url", baseUrl, "ups.client.id", clientId, "ups.client.secret", clientSecret);
    }

    @Override
    public String toString() {
        return "UpsConnection[" + baseUrl + ", client " + clientId + "]";
    }
}
