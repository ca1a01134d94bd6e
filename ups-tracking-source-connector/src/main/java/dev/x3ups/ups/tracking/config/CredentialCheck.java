package dev.x3ups.ups.tracking.config;

import dev.x3ups.ups.client.UpsClientConfig;
import dev.x3ups.ups.client.auth.TokenManagerRegistry;
import dev.x3ups.ups.client.auth.TokenSource;
import dev.x3ups.ups.client.auth.UpsAuthenticationException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import org.apache.kafka.common.config.ConfigValue;

/**
 * "Will this work?" for UPS: fetches a token with the configured credentials (from the worker's shared token
 * manager, so the task reuses it) and blames client id and secret when UPS refuses them, the base URL when UPS
 * cannot be reached. Messages never contain the secret.
 */
public final class CredentialCheck {
    private final Function<UpsClientConfig, TokenSource> tokens;
    private final Duration timeout;

    CredentialCheck(Function<UpsClientConfig, TokenSource> tokens, Duration timeout) {
        this.tokens = tokens;
        this.timeout = timeout;
    }

    public static CredentialCheck shared() {
        return new CredentialCheck(TokenManagerRegistry::shared, Duration.ofSeconds(20));
    }

    public void check(TrackingSourceConfig config, List<ConfigValue> values) {
        if (!ConfigErrors.clean(values, TrackingSourceConfig.UPS_BASE_URL, TrackingSourceConfig.UPS_CLIENT_ID,
                TrackingSourceConfig.UPS_CLIENT_SECRET)) {
            return;
        }
        UpsClientConfig client;
        try {
            client = config.upsClient();
        } catch (IllegalArgumentException e) {
            ConfigErrors.add(values, TrackingSourceConfig.UPS_CLIENT_ID, e.getMessage());
            return;
        }
        try {
            tokens.apply(client).token().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof UpsAuthenticationException refused) {
                String message = "UPS refused the client id and secret (HTTP " + refused.httpStatus() + ")";
                ConfigErrors.add(values, TrackingSourceConfig.UPS_CLIENT_ID, message);
                ConfigErrors.add(values, TrackingSourceConfig.UPS_CLIENT_SECRET, message);
            } else {
                ConfigErrors.add(values, TrackingSourceConfig.UPS_BASE_URL, "no UPS token from " + client.tokenUrl()
                        + ": " + e.getCause().getClass().getSimpleName());
            }
        } catch (TimeoutException e) {
            ConfigErrors.add(values, TrackingSourceConfig.UPS_BASE_URL, "no UPS token from " + client.tokenUrl()
                    + " within " + timeout);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            ConfigErrors.add(values, TrackingSourceConfig.UPS_BASE_URL, "interrupted while fetching a UPS token");
        }
    }
}
