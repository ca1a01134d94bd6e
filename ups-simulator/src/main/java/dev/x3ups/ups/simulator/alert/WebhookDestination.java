package dev.x3ups.ups.simulator.alert;

/**
 * Where Track Alert events go and how the simulator authenticates there. {@link #oauth} is the v2 way
 * (client-credentials token from the receiver's token URL, then Bearer + x-api-key); {@link #credential}
 * the v1 way (a static {@code credential} header). Secrets never appear in {@link #toString()}.
 */
public record WebhookDestination(String url, Style style, String tokenUrl, String clientId, String clientSecret,
                                 String credentialType, String credential) {

    /** How the simulator authenticates to the receiver. */
    public enum Style { OAUTH, CREDENTIAL }

    public static WebhookDestination oauth(String url, String tokenUrl, String clientId, String clientSecret) {
        return new WebhookDestination(url, Style.OAUTH, tokenUrl, clientId, clientSecret, null, null);
    }

    public static WebhookDestination credential(String url, String credentialType, String credential) {
        return new WebhookDestination(url, Style.CREDENTIAL, null, null, null, credentialType, credential);
    }

    @Override
    public String toString() {
        return "WebhookDestination[url=" + url + ", style=" + style
                + (style == Style.OAUTH ? ", tokenUrl=" + tokenUrl + ", clientId=" + clientId : "")
                + ", secret=****]";
    }
}
