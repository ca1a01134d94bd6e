package dev.x3ups.ups.client.alert;

/** Track Alert v2 subscription types (path parameter). Enhanced adds delivery photo and receivedBy. */
public enum SubscriptionType {
    STANDARD("standard"), ENHANCED("enhanced");

    private final String path;

    SubscriptionType(String path) {
        this.path = path;
    }

    String path() {
        return path;
    }
}
