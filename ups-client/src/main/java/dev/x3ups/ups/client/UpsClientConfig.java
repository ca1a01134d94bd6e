package dev.x3ups.ups.client;

import dev.x3ups.client.Secret;
import java.time.Duration;
import java.util.Objects;

/**
 * Everything the UPS client needs: where UPS is, who we are, and how hard we may call it.
 * {@link #toString()} never shows the client secret.
 */
public final class UpsClientConfig {
    private final String baseUrl;
    private final String clientId;
    private final Secret clientSecret;
    private final String merchantId;
    private final String accountNumber;
    private final String transactionSource;
    private final Duration connectTimeout;
    private final Duration readTimeout;
    private final Duration callTimeout;
    private final double requestsPerSecond;
    private final int burst;
    private final int maxInFlight;
    private final Duration retryDeadline;
    private final Duration initialBackoff;
    private final Duration maxBackoff;
    private final int dailyTokenBudget;
    private final Duration refreshAhead;

    private UpsClientConfig(Builder b) {
        this.baseUrl = stripSlash(Objects.requireNonNull(b.baseUrl, "baseUrl"));
        this.clientId = requireText(b.clientId, "clientId");
        this.clientSecret = Objects.requireNonNull(b.clientSecret, "clientSecret");
        this.merchantId = b.merchantId == null || b.merchantId.isBlank() ? null : b.merchantId;
        this.accountNumber = b.accountNumber;
        this.transactionSource = requireText(b.transactionSource, "transactionSource");
        this.connectTimeout = positive(b.connectTimeout, "connectTimeout");
        this.readTimeout = positive(b.readTimeout, "readTimeout");
        this.callTimeout = positive(b.callTimeout, "callTimeout");
        if (!(b.requestsPerSecond > 0)) {
            throw new IllegalArgumentException("requestsPerSecond must be > 0");
        }
        this.requestsPerSecond = b.requestsPerSecond;
        this.burst = atLeastOne(b.burst, "burst");
        this.maxInFlight = atLeastOne(b.maxInFlight, "maxInFlight");
        this.retryDeadline = positive(b.retryDeadline, "retryDeadline");
        this.initialBackoff = positive(b.initialBackoff, "initialBackoff");
        this.maxBackoff = positive(b.maxBackoff, "maxBackoff");
        this.dailyTokenBudget = atLeastOne(b.dailyTokenBudget, "dailyTokenBudget");
        this.refreshAhead = Objects.requireNonNull(b.refreshAhead, "refreshAhead");
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Host root, e.g. {@code https://wwwcie.ups.com}; the token URL and the {@code /api} paths hang off it. */
    public String baseUrl() {
        return baseUrl;
    }

    public String tokenUrl() {
        return baseUrl + "/security/v1/oauth/token";
    }

    public String apiUrl() {
        return baseUrl + "/api";
    }

    public String clientId() {
        return clientId;
    }

    public Secret clientSecret() {
        return clientSecret;
    }

    /** Optional 6-character account sent as {@code x-merchant-id} on token requests; may be {@code null}. */
    public String merchantId() {
        return merchantId;
    }

    /** Our UPS shipper number (6 characters); may be {@code null} when only tracking is used. */
    public String accountNumber() {
        return accountNumber;
    }

    public String transactionSource() {
        return transactionSource;
    }

    public Duration connectTimeout() {
        return connectTimeout;
    }

    public Duration readTimeout() {
        return readTimeout;
    }

    public Duration callTimeout() {
        return callTimeout;
    }

    public double requestsPerSecond() {
        return requestsPerSecond;
    }

    public int burst() {
        return burst;
    }

    public int maxInFlight() {
        return maxInFlight;
    }

    public Duration retryDeadline() {
        return retryDeadline;
    }

    public Duration initialBackoff() {
        return initialBackoff;
    }

    public Duration maxBackoff() {
        return maxBackoff;
    }

    public int dailyTokenBudget() {
        return dailyTokenBudget;
    }

    public Duration refreshAhead() {
        return refreshAhead;
    }

    public Builder toBuilder() {
        return new Builder().baseUrl(baseUrl).clientId(clientId).clientSecret(clientSecret).merchantId(merchantId)
                .accountNumber(accountNumber).transactionSource(transactionSource).connectTimeout(connectTimeout)
                .readTimeout(readTimeout).callTimeout(callTimeout).requestsPerSecond(requestsPerSecond).burst(burst)
                .maxInFlight(maxInFlight).retryDeadline(retryDeadline).initialBackoff(initialBackoff)
                .maxBackoff(maxBackoff).dailyTokenBudget(dailyTokenBudget).refreshAhead(refreshAhead);
    }

    @Override
    public String toString() {
        return "UpsClientConfig{baseUrl=" + baseUrl + ", clientId=" + clientId + ", clientSecret=" + clientSecret
                + ", merchantId=" + merchantId + ", accountNumber=" + accountNumber
                + ", requestsPerSecond=" + requestsPerSecond + ", burst=" + burst + ", maxInFlight=" + maxInFlight
                + ", retryDeadline=" + retryDeadline + ", dailyTokenBudget=" + dailyTokenBudget + "}";
    }

    private static String stripSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    private static String requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " is required");
        }
        return value;
    }

    private static Duration positive(Duration d, String name) {
        if (d == null || d.isNegative() || d.isZero()) {
            throw new IllegalArgumentException(name + " must be a positive duration");
        }
        return d;
    }

    private static int atLeastOne(int value, String name) {
        if (value < 1) {
            throw new IllegalArgumentException(name + " must be >= 1");
        }
        return value;
    }

    /** Defaults: 10 requests/s with a burst of 20, 64 in flight, 2 minutes of retries, 200 of UPS's 250 tokens a day. */
    public static final class Builder {
        private String baseUrl = UpsEnvironment.CIE.baseUrl();
        private String clientId;
        private Secret clientSecret;
        private String merchantId;
        private String accountNumber;
        private String transactionSource = "x3-ups-connect";
        private Duration connectTimeout = Duration.ofSeconds(10);
        private Duration readTimeout = Duration.ofSeconds(30);
        private Duration callTimeout = Duration.ofSeconds(60);
        private double requestsPerSecond = 10;
        private int burst = 20;
        private int maxInFlight = 64;
        private Duration retryDeadline = Duration.ofMinutes(2);
        private Duration initialBackoff = Duration.ofMillis(200);
        private Duration maxBackoff = Duration.ofSeconds(30);
        private int dailyTokenBudget = 200;
        private Duration refreshAhead = Duration.ofMinutes(5);

        private Builder() {
        }

        public Builder environment(UpsEnvironment environment) {
            return baseUrl(environment.baseUrl());
        }

        public Builder baseUrl(String baseUrl) {
            this.baseUrl = baseUrl;
            return this;
        }

        public Builder clientId(String clientId) {
            this.clientId = clientId;
            return this;
        }

        public Builder clientSecret(Secret clientSecret) {
            this.clientSecret = clientSecret;
            return this;
        }

        public Builder clientSecret(String clientSecret) {
            return clientSecret(Secret.of(clientSecret));
        }

        public Builder merchantId(String merchantId) {
            this.merchantId = merchantId;
            return this;
        }

        public Builder accountNumber(String accountNumber) {
            this.accountNumber = accountNumber;
            return this;
        }

        public Builder transactionSource(String transactionSource) {
            this.transactionSource = transactionSource;
            return this;
        }

        public Builder connectTimeout(Duration connectTimeout) {
            this.connectTimeout = connectTimeout;
            return this;
        }

        public Builder readTimeout(Duration readTimeout) {
            this.readTimeout = readTimeout;
            return this;
        }

        public Builder callTimeout(Duration callTimeout) {
            this.callTimeout = callTimeout;
            return this;
        }

        public Builder requestsPerSecond(double requestsPerSecond) {
            this.requestsPerSecond = requestsPerSecond;
            return this;
        }

        public Builder burst(int burst) {
            this.burst = burst;
            return this;
        }

        public Builder maxInFlight(int maxInFlight) {
            this.maxInFlight = maxInFlight;
            return this;
        }

        public Builder retryDeadline(Duration retryDeadline) {
            this.retryDeadline = retryDeadline;
            return this;
        }

        public Builder initialBackoff(Duration initialBackoff) {
            this.initialBackoff = initialBackoff;
            return this;
        }

        public Builder maxBackoff(Duration maxBackoff) {
            this.maxBackoff = maxBackoff;
            return this;
        }

        public Builder dailyTokenBudget(int dailyTokenBudget) {
            this.dailyTokenBudget = dailyTokenBudget;
            return this;
        }

        /** How long before {@code expires_in} runs out a token is renewed (capped at half its lifetime). */
        public Builder refreshAhead(Duration refreshAhead) {
            this.refreshAhead = refreshAhead;
            return this;
        }

        public UpsClientConfig build() {
            return new UpsClientConfig(this);
        }
    }
}
