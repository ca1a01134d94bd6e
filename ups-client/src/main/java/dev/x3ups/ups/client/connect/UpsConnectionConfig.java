package dev.x3ups.ups.client.connect;

import dev.x3ups.client.Secret;
import dev.x3ups.connect.DescribedValidator;
import dev.x3ups.ups.client.UpsClientConfig;
import dev.x3ups.ups.client.UpsEnvironment;
import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import org.apache.kafka.common.config.AbstractConfig;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.Importance;
import org.apache.kafka.common.config.ConfigDef.Range;
import org.apache.kafka.common.config.ConfigDef.Type;
import org.apache.kafka.common.config.ConfigDef.Width;
import org.apache.kafka.common.config.ConfigException;

/**
 * The UPS connection settings both UPS connectors share, defined once (group "UPS connection"): where UPS
 * is, the developer app's credentials, the token budget, and how hard and how long a task may call UPS.
 * Each key means the same in both connectors; the connector adds only what is its own (calls in flight).
 * The client secret is a {@code PASSWORD}.
 */
public final class UpsConnectionConfig {

    public static final String GROUP = "UPS connection";

    public static final String BASE_URL_CONFIG = "ups.base.url";
    public static final String BASE_URL_DOC = "UPS host root: https://wwwcie.ups.com (test), https://onlinetools.ups.com "
            + "(production) or a simulator. The token URL and the /api paths hang off it.";
    public static final String BASE_URL_DISPLAY = "UPS base URL";

    public static final String CLIENT_ID_CONFIG = "ups.client.id";
    public static final String CLIENT_ID_DOC = "OAuth client id of the UPS developer app. Connectors of one worker with "
            + "the same client id share one token.";
    public static final String CLIENT_ID_DISPLAY = "UPS client id";

    public static final String CLIENT_SECRET_CONFIG = "ups.client.secret";
    public static final String CLIENT_SECRET_DOC = "OAuth client secret of the UPS developer app.";
    public static final String CLIENT_SECRET_DISPLAY = "UPS client secret";

    public static final String MERCHANT_ID_CONFIG = "ups.merchant.id";
    public static final String MERCHANT_ID_DOC = "Optional 6-character account sent as x-merchant-id on token requests. "
            + "Empty: not sent.";
    public static final String MERCHANT_ID_DISPLAY = "UPS merchant id";

    public static final String TOKEN_BUDGET_CONFIG = "ups.token.daily.budget";
    public static final String TOKEN_BUDGET_DOC = "Most token requests per UTC day for this client id in this worker "
            + "(UPS allows about 250).";
    public static final String TOKEN_BUDGET_DISPLAY = "Token budget per day";

    public static final String TIMEOUT_MS_CONFIG = "ups.timeout.ms";
    public static final String TIMEOUT_MS_DOC = "Read timeout of one UPS call attempt (a whole attempt, body included, "
            + "gets 10 s more). A ship call without an answer by then is reconciled; other calls are retried until "
            + "ups.retry.deadline.ms.";
    public static final String TIMEOUT_MS_DISPLAY = "UPS call timeout (ms)";

    public static final String RATE_LIMIT_CONFIG = "ups.rate.limit.per.second";
    public static final String RATE_LIMIT_DOC = "Most UPS requests per second per task (token bucket; 429 and "
            + "Retry-After are honoured too).";
    public static final String RATE_LIMIT_DISPLAY = "UPS requests per second";

    public static final String RETRY_DEADLINE_MS_CONFIG = "ups.retry.deadline.ms";
    public static final String RETRY_DEADLINE_MS_DOC = "How long transient UPS failures (5xx, 429, timeouts, token "
            + "outage) are retried before the call fails: the UPS sink then records the order FAILED, the tracking "
            + "source tries the package again on its next reconciliation pass.";
    public static final String RETRY_DEADLINE_MS_DISPLAY = "Retry deadline (ms)";

    public static final String RETRY_BACKOFF_MS_CONFIG = "ups.retry.backoff.ms";
    public static final String RETRY_BACKOFF_MS_DOC = "First wait after a transient UPS failure; doubled on each further one.";
    public static final String RETRY_BACKOFF_MS_DISPLAY = "Retry backoff (ms)";

    public static final String RETRY_BACKOFF_MAX_MS_CONFIG = "ups.retry.backoff.max.ms";
    public static final String RETRY_BACKOFF_MAX_MS_DOC = "Longest wait between retries of a UPS call.";
    public static final String RETRY_BACKOFF_MAX_MS_DISPLAY = "Retry backoff max (ms)";

    /** How much longer than the read timeout a whole attempt may take: the answer's body after its headers. */
    private static final Duration BODY_ALLOWANCE = Duration.ofSeconds(10);

    // One instance each, so both connectors' definitions hold the very same validator.
    private static final ConfigDef.Validator HTTP_URL = httpUrl();
    private static final ConfigDef.Validator NON_EMPTY = new ConfigDef.NonEmptyString();
    private static final ConfigDef.Validator AT_LEAST_ONE = Range.atLeast(1);
    private static final ConfigDef.Validator TIMEOUT_RANGE = Range.atLeast(100);
    private static final ConfigDef.Validator RATE_RANGE = Range.atLeast(0.01);

    private UpsConnectionConfig() {
    }

    /** Defines the UPS connection settings in {@code def}; returns {@code def}. */
    public static ConfigDef addTo(ConfigDef def) {
        int order = 0;
        return def
                .define(BASE_URL_CONFIG, Type.STRING, UpsEnvironment.CIE.baseUrl(), HTTP_URL, Importance.HIGH,
                        BASE_URL_DOC, GROUP, ++order, Width.LONG, BASE_URL_DISPLAY)
                .define(CLIENT_ID_CONFIG, Type.STRING, ConfigDef.NO_DEFAULT_VALUE, NON_EMPTY,
                        Importance.HIGH, CLIENT_ID_DOC, GROUP, ++order, Width.MEDIUM, CLIENT_ID_DISPLAY)
                .define(CLIENT_SECRET_CONFIG, Type.PASSWORD, ConfigDef.NO_DEFAULT_VALUE, Importance.HIGH,
                        CLIENT_SECRET_DOC, GROUP, ++order, Width.MEDIUM, CLIENT_SECRET_DISPLAY)
                .define(MERCHANT_ID_CONFIG, Type.STRING, null, Importance.LOW, MERCHANT_ID_DOC, GROUP, ++order,
                        Width.SHORT, MERCHANT_ID_DISPLAY)
                .define(TOKEN_BUDGET_CONFIG, Type.INT, 200, AT_LEAST_ONE, Importance.MEDIUM, TOKEN_BUDGET_DOC,
                        GROUP, ++order, Width.SHORT, TOKEN_BUDGET_DISPLAY)
                .define(TIMEOUT_MS_CONFIG, Type.LONG, 30_000L, TIMEOUT_RANGE, Importance.LOW, TIMEOUT_MS_DOC,
                        GROUP, ++order, Width.SHORT, TIMEOUT_MS_DISPLAY)
                .define(RATE_LIMIT_CONFIG, Type.DOUBLE, 200.0, RATE_RANGE, Importance.MEDIUM, RATE_LIMIT_DOC,
                        GROUP, ++order, Width.SHORT, RATE_LIMIT_DISPLAY)
                .define(RETRY_DEADLINE_MS_CONFIG, Type.LONG, 120_000L, AT_LEAST_ONE, Importance.MEDIUM,
                        RETRY_DEADLINE_MS_DOC, GROUP, ++order, Width.SHORT, RETRY_DEADLINE_MS_DISPLAY)
                .define(RETRY_BACKOFF_MS_CONFIG, Type.LONG, 200L, AT_LEAST_ONE, Importance.LOW,
                        RETRY_BACKOFF_MS_DOC, GROUP, ++order, Width.SHORT, RETRY_BACKOFF_MS_DISPLAY)
                .define(RETRY_BACKOFF_MAX_MS_CONFIG, Type.LONG, 30_000L, AT_LEAST_ONE, Importance.LOW,
                        RETRY_BACKOFF_MAX_MS_DOC, GROUP, ++order, Width.SHORT, RETRY_BACKOFF_MAX_MS_DISPLAY);
    }

    /** The names of the settings a token depends on, for {@link UpsCredentialCheck}. */
    public static UpsCredentialCheck.Settings credentialSettings() {
        return new UpsCredentialCheck.Settings(BASE_URL_CONFIG, CLIENT_ID_CONFIG, CLIENT_SECRET_CONFIG);
    }

    /**
     * A client configuration for the settings. The connector adds what is its own, such as how many calls
     * it keeps in flight.
     */
    public static UpsClientConfig.Builder toClientConfig(AbstractConfig config) {
        Duration timeout = Duration.ofMillis(config.getLong(TIMEOUT_MS_CONFIG));
        double rate = config.getDouble(RATE_LIMIT_CONFIG);
        return UpsClientConfig.builder()
                .baseUrl(config.getString(BASE_URL_CONFIG).trim())
                .clientId(config.getString(CLIENT_ID_CONFIG).trim())
                .clientSecret(Secret.of(config.getPassword(CLIENT_SECRET_CONFIG).value()))
                .merchantId(config.getString(MERCHANT_ID_CONFIG))
                .dailyTokenBudget(config.getInt(TOKEN_BUDGET_CONFIG))
                .readTimeout(timeout)
                .callTimeout(timeout.plus(BODY_ALLOWANCE))
                .requestsPerSecond(rate)
                .burst((int) Math.max(1, Math.ceil(rate)))
                .retryDeadline(Duration.ofMillis(config.getLong(RETRY_DEADLINE_MS_CONFIG)))
                .initialBackoff(Duration.ofMillis(config.getLong(RETRY_BACKOFF_MS_CONFIG)))
                .maxBackoff(Duration.ofMillis(config.getLong(RETRY_BACKOFF_MAX_MS_CONFIG)));
    }

    /** The longest one UPS call can take, retries included: the retry deadline plus one last whole attempt. */
    public static Duration longestCall(AbstractConfig config) {
        return Duration.ofMillis(config.getLong(RETRY_DEADLINE_MS_CONFIG) + config.getLong(TIMEOUT_MS_CONFIG))
                .plus(BODY_ALLOWANCE);
    }

    private static ConfigDef.Validator httpUrl() {
        return DescribedValidator.of("an http:// or https:// URL", (name, value) -> {
            String text = value == null ? "" : value.toString().trim();
            try {
                URI uri = URI.create(text);
                String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
                if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
                    return;
                }
            } catch (IllegalArgumentException e) {
                // reported below
            }
            throw new ConfigException(name, value, "must be an http:// or https:// URL");
        });
    }
}
