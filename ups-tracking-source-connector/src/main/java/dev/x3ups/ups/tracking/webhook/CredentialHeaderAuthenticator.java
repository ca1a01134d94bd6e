package dev.x3ups.ups.tracking.webhook;

import org.eclipse.jetty.http.HttpFields;

/**
 * Track Alert v1: UPS sends back, in a {@code credential} header, the opaque string we gave in the subscription's
 * {@code destination.credential} (docs/architecture.md, "UPS facts: Track Alert").
 */
public final class CredentialHeaderAuthenticator implements WebhookAuthenticator {
    static final String HEADER = "credential";
    private final byte[] expected;

    public CredentialHeaderAuthenticator(String credential) {
        if (credential == null || credential.isEmpty()) {
            throw new IllegalArgumentException("a webhook credential is required");
        }
        this.expected = ConstantTime.sha256(credential);
    }

    @Override
    public boolean accepts(HttpFields headers) {
        return ConstantTime.equal(headers.get(HEADER), expected);
    }

    @Override
    public String toString() {
        return "CredentialHeaderAuthenticator[credential=****]";
    }
}
