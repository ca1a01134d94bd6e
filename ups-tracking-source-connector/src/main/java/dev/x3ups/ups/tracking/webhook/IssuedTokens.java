package dev.x3ups.ups.tracking.webhook;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The short-lived bearer tokens our token endpoint hands to UPS: 256 random bits, kept only as SHA-256 digests
 * (a heap dump shows no usable token; a lookup by digest leaks nothing useful by its timing). At most
 * {@code maxLive} tokens live at once: UPS caches its token, so many live tokens mean someone is hammering.
 */
public final class IssuedTokens {
    private final SecureRandom random = new SecureRandom();
    private final Map<String, Instant> expiryByDigest = new ConcurrentHashMap<>();
    private final Clock clock;
    private final Duration lifetime;
    private final int maxLive;

    public IssuedTokens(Clock clock, Duration lifetime, int maxLive) {
        this.clock = clock;
        this.lifetime = lifetime;
        this.maxLive = maxLive;
    }

    /** A new token; the oldest are dropped when too many are live. */
    public String issue() {
        Instant now = clock.instant();
        expiryByDigest.values().removeIf(expiry -> !expiry.isAfter(now));
        if (expiryByDigest.size() >= maxLive) {
            expiryByDigest.entrySet().stream().min(Map.Entry.comparingByValue())
                    .ifPresent(oldest -> expiryByDigest.remove(oldest.getKey()));
        }
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        expiryByDigest.put(digest(token), now.plus(lifetime));
        return token;
    }

    public boolean valid(String token) {
        if (token == null || token.isEmpty()) {
            return false;
        }
        Instant expiry = expiryByDigest.get(digest(token));
        return expiry != null && expiry.isAfter(clock.instant());
    }

    public Duration lifetime() {
        return lifetime;
    }

    public int live() {
        return expiryByDigest.size();
    }

    private static String digest(String token) {
        return Base64.getEncoder().encodeToString(ConstantTime.sha256(token));
    }
}
