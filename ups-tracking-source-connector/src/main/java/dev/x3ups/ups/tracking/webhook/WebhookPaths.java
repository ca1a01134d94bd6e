package dev.x3ups.ups.tracking.webhook;

/** Where the listener answers: Track Alert events, the v2 token endpoint, the load balancer's health check. */
public record WebhookPaths(String events, String token, String health) {
}
