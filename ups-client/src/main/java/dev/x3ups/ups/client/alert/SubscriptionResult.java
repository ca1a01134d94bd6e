package dev.x3ups.ups.client.alert;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Partial success of a Track Alert subscription: UPS answers HTTP 200 even when some numbers were refused,
 * so callers must look at {@link #invalid()}. Subscriptions last {@link #LIFETIME} from {@code subscribedAt}.
 */
public record SubscriptionResult(List<String> valid, List<String> invalid, Instant subscribedAt) {
    public static final Duration LIFETIME = Duration.ofDays(14);

    public SubscriptionResult {
        valid = List.copyOf(valid);
        invalid = List.copyOf(invalid);
    }

    public Instant expiresAt() {
        return subscribedAt.plus(LIFETIME);
    }

    SubscriptionResult merge(SubscriptionResult other) {
        List<String> v = new ArrayList<>(valid);
        v.addAll(other.valid);
        List<String> i = new ArrayList<>(invalid);
        i.addAll(other.invalid);
        Instant earliest = subscribedAt.isBefore(other.subscribedAt) ? subscribedAt : other.subscribedAt;
        return new SubscriptionResult(v, i, earliest);
    }
}
