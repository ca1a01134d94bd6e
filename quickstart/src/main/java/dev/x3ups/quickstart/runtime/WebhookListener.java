package dev.x3ups.quickstart.runtime;

import dev.x3ups.quickstart.config.ConnectorConfig;

/**
 * The tracking source's webhook listener as its config describes it, turned into the Track Alert
 * registration UPS would hold for it (done in the UPS developer portal for real accounts).
 */
final class WebhookListener {

    static final String PORT = "listener.port";
    private static final String PATH = "listener.path";
    private static final String TOKEN_PATH = "listener.token.path";
    private static final String AUTH = "webhook.auth";
    private static final String CLIENT_ID = "webhook.client.id";
    private static final String CLIENT_SECRET = "webhook.client.secret";
    private static final String CREDENTIAL = "webhook.credential";

    private WebhookListener() {
    }

    /** True for the connector that runs the listener. */
    static boolean runsListener(ConnectorConfig c) {
        return c.config().containsKey(PORT) || c.config().containsKey(PATH) || c.config().containsKey(AUTH)
                || c.connectorClass().toLowerCase().contains("tracking");
    }

    static WebhookTarget target(ConnectorConfig c, int port) {
        String base = "http://127.0.0.1:" + port;
        String url = base + c.config().getOrDefault(PATH, "/ups/track-alert");
        if ("CREDENTIAL".equalsIgnoreCase(c.config().getOrDefault(AUTH, "OAUTH2"))) {
            return WebhookTarget.credential(url, c.config().getOrDefault(CREDENTIAL, ""));
        }
        return WebhookTarget.oauth(url, base + c.config().getOrDefault(TOKEN_PATH, "/ups/oauth/token"),
                c.config().getOrDefault(CLIENT_ID, ""), c.config().getOrDefault(CLIENT_SECRET, ""));
    }
}
