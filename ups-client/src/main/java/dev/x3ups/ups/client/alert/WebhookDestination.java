package dev.x3ups.ups.client.alert;

import dev.x3ups.client.Secret;
import java.util.Objects;

/**
 * Where UPS delivers v1 Track Alert events: an HTTPS URL and the opaque credential UPS sends back in the
 * {@code credential} header (docs/architecture.md, "UPS facts: Track Alert"). v2 registers this in the developer portal instead.
 */
public record WebhookDestination(String url, String credentialType, Secret credential) {
    public WebhookDestination {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(credentialType, "credentialType");
        Objects.requireNonNull(credential, "credential");
    }

    @Override
    public String toString() {
        return "WebhookDestination{url=" + url + ", credentialType=" + credentialType + ", credential=[hidden]}";
    }
}
