package dev.x3ups.ups.client.auth;

import dev.x3ups.ups.client.UpsException;
import java.time.Instant;
import java.util.List;

/** Our own daily guard refused a token request so that UPS's quota is never exhausted. */
public final class TokenBudgetExhaustedException extends UpsException {
    private final Instant resetsAt;

    public TokenBudgetExhaustedException(String clientId, int budget, Instant resetsAt) {
        super("daily UPS token-request budget of " + budget + " used up for client id " + clientId
                + "; no new token is requested before " + resetsAt
                + " (raise the budget only if UPS granted a higher quota)", 0, List.of(), null);
        this.resetsAt = resetsAt;
    }

    public Instant resetsAt() {
        return resetsAt;
    }
}
