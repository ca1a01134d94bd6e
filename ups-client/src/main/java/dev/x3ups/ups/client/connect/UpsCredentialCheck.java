package dev.x3ups.ups.client.connect;

import dev.x3ups.connect.ConfigProblems;
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
import java.util.function.Supplier;
import org.apache.kafka.common.config.ConfigValue;

/**
 * "Will this work?" for a connector that calls UPS: fetches a token with the configured credentials and puts the
 * answer on the settings to blame — client id and secret when UPS refuses them, the base URL when UPS cannot be
 * reached. The token comes from the worker's shared token manager, so the running tasks reuse it and the daily
 * budget counts it once. Messages never contain the secret.
 */
public final class UpsCredentialCheck {
    /** A connector's names of the settings a token depends on. */
    public record Settings(String baseUrl, String clientId, String clientSecret) {
    }

    private final Function<UpsClientConfig, TokenSource> tokens;
    private final Duration timeout;

    UpsCredentialCheck(Function<UpsClientConfig, TokenSource> tokens, Duration timeout) {
        this.tokens = tokens;
        this.timeout = timeout;
    }

    public static UpsCredentialCheck shared() {
        return new UpsCredentialCheck(TokenManagerRegistry::shared, Duration.ofSeconds(20));
    }

    /**
     * Adds error messages to {@code values} when no token can be had and returns whether one was. Does not call
     * UPS while one of {@code settings} already has an error.
     */
    public boolean check(Settings settings, Supplier<UpsClientConfig> clientConfig, List<ConfigValue> values) {
        if (!ConfigProblems.clean(values, settings.baseUrl(), settings.clientId(), settings.clientSecret())) {
            return false;
        }
        UpsClientConfig client;
        try {
            client = clientConfig.get();
        } catch (IllegalArgumentException e) {
            ConfigProblems.add(values, settings.clientId(), e.getMessage());
            return false;
        }
        try {
            tokens.apply(client).token().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (ExecutionException e) {
            if (e.getCause() instanceof UpsAuthenticationException refused) {
                String message = "UPS refused the client id and secret (HTTP " + refused.httpStatus() + ")";
                ConfigProblems.add(values, settings.clientId(), message);
                ConfigProblems.add(values, settings.clientSecret(), message);
            } else {
                ConfigProblems.add(values, settings.baseUrl(), "no UPS token from " + client.tokenUrl() + ": "
                        + e.getCause().getMessage());
            }
        } catch (TimeoutException e) {
            ConfigProblems.add(values, settings.baseUrl(), "no UPS token from " + client.tokenUrl() + " within "
                    + timeout);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            ConfigProblems.add(values, settings.baseUrl(), "interrupted while fetching a UPS token");
        }
        return false;
    }
}
