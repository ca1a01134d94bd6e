package dev.x3ups.quickstart.runtime;

/**
 * Where UPS posts Track Alert events for a client id and how it authenticates there: OAuth (v2: a token
 * from the receiver's token URL) or a static credential header (v1).
 */
record WebhookTarget(String url, String tokenUrl, String clientId, String clientSecret, String credential) {

    public static WebhookTarget oauth(String url, String tokenUrl, String clientId, String clientSecret) {
        return new WebhookTarget(url, tokenUrl, clientId, clientSecret, null);
    }

    public static WebhookTarget credential(String url, String credential) {
        return new WebhookTarget(url, null, null, null, credential);
    }

    public boolean oauth() {
        return tokenUrl != null;
    }

    @Override
    public String toString() {
        return "WebhookTarget[url=" + url + (oauth() ? ", tokenUrl=" + tokenUrl + ", clientId=" + clientId : "")
                + ", secret=****]";
    }
}
