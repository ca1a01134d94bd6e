package dev.x3ups.ups.client;

/** UPS hosts (docs/architecture.md, "UPS facts: hosts and tokens"). The token path lives on the host, the APIs under {@code /api}. */
public enum UpsEnvironment {
    CIE("https://wwwcie.ups.com"),
    PRODUCTION("https://onlinetools.ups.com");

    private final String baseUrl;

    UpsEnvironment(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    public String baseUrl() {
        return baseUrl;
    }
}
