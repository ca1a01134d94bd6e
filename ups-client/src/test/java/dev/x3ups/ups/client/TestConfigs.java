package dev.x3ups.ups.client;

import java.time.Duration;

/** Configs for tests: fast backoff, short deadlines, generous rate. */
public final class TestConfigs {
    public static final String CLIENT_ID = "test-client-id";
    public static final String CLIENT_SECRET = "s3cr3t-client-secret-value";

    private TestConfigs() {
    }

    public static UpsClientConfig.Builder forBaseUrl(String baseUrl) {
        return UpsClientConfig.builder()
                .baseUrl(baseUrl)
                .clientId(CLIENT_ID)
                .clientSecret(CLIENT_SECRET)
                .accountNumber("A1B2C3")
                .requestsPerSecond(1000)
                .burst(1000)
                .initialBackoff(Duration.ofMillis(10))
                .maxBackoff(Duration.ofMillis(100))
                .retryDeadline(Duration.ofSeconds(5))
                .readTimeout(Duration.ofSeconds(5))
                .callTimeout(Duration.ofSeconds(10));
    }
}
