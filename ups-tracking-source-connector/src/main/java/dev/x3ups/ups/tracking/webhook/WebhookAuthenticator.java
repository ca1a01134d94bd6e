package dev.x3ups.ups.tracking.webhook;

import org.eclipse.jetty.http.HttpFields;

/** Decides whether a webhook request really comes from UPS. */
public interface WebhookAuthenticator {

    boolean accepts(HttpFields headers);

    /** Whether this style needs the token endpoint served (v2). */
    default TokenEndpoint tokenEndpoint() {
        return null;
    }
}
