package dev.x3ups.ups.sink.config;

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
 * "Will this work?": fetches a UPS token with the configured credentials and puts the answer on the fields to
 * blame — client id and secret when UPS refuses them, the base URL when UPS cannot be reached. The token comes
 * from the worker's shared token manager, so the running tasks reuse it and the daily budget counts it once.
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

    /** Adds error messages to {@code values} (by name) when a token cannot be had; returns whether one was. */
    public boolean check(UpsSinkConfig config, List<ConfigValue> values) {
        UpsClientConfig client = config.upsClientConfig();
        try {
            tokens.apply(client).token().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof UpsAuthenticationException refused) {
                String message = "UPS refused the client id and secret (HTTP " + refused.httpStatus() + ")";
                add(values, UpsSinkConfig.UPS_CLIENT_ID_CONFIG, message);
                add(values, UpsSinkConfig.UPS_CLIENT_SECRET_CONFIG, message);
            } else {
                add(values, UpsSinkConfig.UPS_BASE_URL_CONFIG, "no UPS token from " + client.tokenUrl() + ": "
                        + cause.getMessage());
            }
        } catch (TimeoutException e) {
            add(values, UpsSinkConfig.UPS_BASE_URL_CONFIG, "no UPS token from " + client.tokenUrl() + " within "
                    + timeout);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            add(values, UpsSinkConfig.UPS_BASE_URL_CONFIG, "interrupted while fetching a UPS token");
        }
        return false;
    }

    private static void add(List<ConfigValue> values, String name, String message) {
        values.stream().filter(v -> v.name().equals(name)).findFirst().ifPresent(v -> v.addErrorMessage(message));
    }

    /** True when none of {@code names} has an error so far. */
    public static boolean clean(List<ConfigValue> values, String... names) {
        for (String name : names) {
            for (ConfigValue v : values) {
                if (v.name().equals(name) && !v.errorMessages().isEmpty()) {
                    return false;
                }
            }
        }
        return true;
    }
}
