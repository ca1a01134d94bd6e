package dev.x3ups.ups.client.http;

import com.fasterxml.jackson.databind.JsonNode;
import dev.x3ups.client.AccessToken;
import dev.x3ups.client.Backoff;
import dev.x3ups.client.Failures;
import dev.x3ups.ups.client.UpsAmbiguousException;
import dev.x3ups.ups.client.UpsClientConfig;
import dev.x3ups.ups.client.UpsError;
import dev.x3ups.ups.client.UpsException;
import dev.x3ups.ups.client.UpsRejectedException;
import dev.x3ups.ups.client.UpsUnavailableException;
import dev.x3ups.ups.client.auth.TokenSource;
import dev.x3ups.ups.client.auth.UpsAuthenticationException;
import dev.x3ups.ups.client.json.ErrorEnvelope;
import dev.x3ups.ups.client.json.UpsJson;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CancellationException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends UPS API calls without blocking: rate limiter, in-flight bound, bearer token, JDK {@code sendAsync} (NIO, no
 * thread per request), then the {@link RetryPolicy} decides; retries are scheduled, never slept. Headers are never
 * logged.
 */
public final class UpsTransport {
    private static final Logger LOG = LoggerFactory.getLogger(UpsTransport.class);
    /** 401 codes that mean "this token is stale" (docs/architecture.md, "UPS facts: errors and retries"). */
    private static final Set<String> STALE_TOKEN_CODES = Set.of("250002", "251004", "UJ0001");

    private final HttpClient http;
    private final String apiBase;
    private final TokenSource tokens;
    private final TokenBucketRateLimiter limiter;
    private final InFlightLimiter inFlight;
    private final RetryPolicy policy;
    private final ScheduledExecutorService scheduler;
    private final String transactionSource;
    private final Duration readTimeout;
    private final Duration callTimeout;
    private final Clock clock;
    private final LongAdder calls = new LongAdder();
    private final LongAdder attempts = new LongAdder();
    private final LongAdder retried = new LongAdder();
    private final LongAdder rateLimited = new LongAdder();
    private final LongAdder succeeded = new LongAdder();
    private final LongAdder rejected = new LongAdder();
    private final LongAdder ambiguous = new LongAdder();
    private final LongAdder exhausted = new LongAdder();

    UpsTransport(HttpClient http, String apiBase, TokenSource tokens, TokenBucketRateLimiter limiter,
                 InFlightLimiter inFlight, RetryPolicy policy, ScheduledExecutorService scheduler,
                 String transactionSource, Duration readTimeout, Duration callTimeout, Clock clock) {
        this.http = http;
        this.apiBase = apiBase;
        this.tokens = tokens;
        this.limiter = limiter;
        this.inFlight = inFlight;
        this.policy = policy;
        this.scheduler = scheduler;
        this.transactionSource = transactionSource;
        this.readTimeout = readTimeout;
        this.callTimeout = callTimeout;
        this.clock = clock;
    }

    /** A transport for {@code config} using {@code http} (see {@link UpsHttp#newClient}) and {@code scheduler}. */
    public static UpsTransport create(UpsClientConfig config, HttpClient http, TokenSource tokens,
                                      ScheduledExecutorService scheduler) {
        return new UpsTransport(http, config.apiUrl(), tokens,
                new TokenBucketRateLimiter(config.requestsPerSecond(), config.burst(), scheduler),
                new InFlightLimiter(config.maxInFlight()),
                new RetryPolicy(new Backoff(config.initialBackoff(), config.maxBackoff()), config.retryDeadline()),
                scheduler, config.transactionSource(), config.readTimeout(), config.callTimeout(), Clock.systemUTC());
    }

    public CompletableFuture<ApiResponse> execute(ApiRequest request) {
        CompletableFuture<ApiResponse> result = new CompletableFuture<>();
        calls.increment();
        new Exchange(request, result).attempt();
        return result;
    }

    public TransportMetrics metrics() {
        return new TransportMetrics(calls.sum(), attempts.sum(), retried.sum(), rateLimited.sum(), succeeded.sum(),
                rejected.sum(), ambiguous.sum(), exhausted.sum());
    }

    /** Requests currently holding an in-flight slot. */
    public int inFlight() {
        return inFlight.inFlight();
    }

    URI url(ApiRequest request) {
        return ApiUrl.of(apiBase, request);
    }

    /** One logical call across its attempts. */
    private final class Exchange {
        private final ApiRequest request;
        private final CompletableFuture<ApiResponse> result;
        private final long startNanos = System.nanoTime();
        private int retries;
        private boolean tokenRenewed;

        Exchange(ApiRequest request, CompletableFuture<ApiResponse> result) {
            this.request = request;
            this.result = result;
        }

        void attempt() {
            limiter.acquire()
                    .thenCompose(ready -> inFlight.acquire())
                    .thenAccept(this::withToken)
                    .exceptionally(error -> {
                        Throwable cause = unwrap(error);
                        result.completeExceptionally(cause instanceof RejectedExecutionException
                                ? new UpsUnavailableException("UPS client closed before " + request.operation()
                                        + " was sent", 0, List.of(), cause)
                                : cause);
                        return null;
                    });
        }

        private void withToken(InFlightLimiter.Permit permit) {
            tokens.token().whenComplete((token, error) -> {
                if (error != null) {
                    permit.release();
                    onTokenFailure(unwrap(error));
                    return;
                }
                try {
                    send(token, permit);
                } catch (RuntimeException e) { // a request the HTTP client cannot even build: report, don't hang
                    permit.release();
                    result.completeExceptionally(e);
                }
            });
        }

        private void send(AccessToken token, InFlightLimiter.Permit permit) {
            HttpRequest.Builder builder = HttpRequest.newBuilder(url(request))
                    .timeout(readTimeout)
                    .header("Authorization", token.bearerHeader())
                    .header("transId", UUID.randomUUID().toString().replace("-", ""))
                    .header("transactionSrc", transactionSource)
                    .header("Accept", "application/json");
            request.headers().forEach(builder::header);
            if (request.body() == null) {
                builder.method(request.method(), HttpRequest.BodyPublishers.noBody());
            } else {
                builder.header("Content-Type", "application/json")
                        .method(request.method(), HttpRequest.BodyPublishers.ofString(UpsJson.write(request.body())));
            }
            HttpRequest httpRequest = builder.build();
            attempts.increment();
            CompletableFuture<HttpResponse<String>> call = http.sendAsync(httpRequest, HttpResponse.BodyHandlers.ofString());
            ScheduledFuture<?> guard = callTimeoutGuard(call);
            call.whenComplete((response, error) -> {
                if (guard != null) {
                    guard.cancel(false);
                }
                permit.release();
                try {
                    if (error == null) {
                        onAnswer(response.statusCode(), response.headers().firstValue("Retry-After").orElse(null),
                                response.body(), token);
                    } else {
                        onFailed(unanswered(Failures.cause(error)), null);
                    }
                } catch (RuntimeException e) { // never leave the caller's future hanging
                    result.completeExceptionally(e);
                }
            });
        }

        /** The request timeout ends at the answer's headers; this bounds the whole exchange, body included. */
        private ScheduledFuture<?> callTimeoutGuard(CompletableFuture<?> call) {
            try {
                return scheduler.schedule(() -> call.cancel(true), callTimeout.toNanos(), TimeUnit.NANOSECONDS);
            } catch (RejectedExecutionException closing) {
                return null; // the client is closing; the request timeout still bounds the call
            }
        }

        private void onAnswer(int status, String retryAfter, String text, AccessToken token) {
            JsonNode body = UpsJson.parse(text);
            if (status >= 200 && status < 300) {
                succeeded.increment();
                result.complete(new ApiResponse(status, body));
                return;
            }
            List<UpsError> errors = ErrorEnvelope.errors(body);
            if (status == 401) {
                boolean stale = errors.isEmpty() || errors.stream().anyMatch(e -> STALE_TOKEN_CODES.contains(e.code()));
                if (stale && !tokenRenewed) {
                    tokenRenewed = true;
                    tokens.invalidate(token);
                    LOG.debug("UPS {} answered 401 {}; renewing the token once", request.operation(), errors);
                    attempt();
                    return;
                }
                result.completeExceptionally(new UpsAuthenticationException(
                        "UPS " + request.operation() + " refused our token with HTTP 401" + suffix(errors), status, errors));
                return;
            }
            onFailed(new Failure.Answered(status, errors, retryAfter, ErrorEnvelope.minimumRetrySeconds(body)), body);
        }

        private void onTokenFailure(Throwable error) {
            if (error instanceof UpsUnavailableException unavailable) {
                onFailed(new Failure.NoToken(unavailable), null);
            } else {
                result.completeExceptionally(error);
            }
        }

        private void onFailed(Failure failure, JsonNode body) {
            retries++;
            Duration elapsed = Duration.ofNanos(System.nanoTime() - startNanos);
            RetryDecision decision = policy.decide(failure, retries, elapsed, request.idempotent(), clock.instant());
            if (RetryPolicy.isRateLimited(failure)) {
                rateLimited.increment();
            }
            switch (decision.verdict()) {
                case RETRY -> {
                    retried.increment();
                    if (RetryPolicy.isRateLimited(failure)) {
                        limiter.pause(decision.delay());
                    }
                    LOG.debug("UPS {} attempt {} failed ({}); retrying in {} ms", request.operation(), retries,
                            describe(failure), decision.delay().toMillis());
                    try {
                        scheduler.schedule(this::attempt, decision.delay().toNanos(), TimeUnit.NANOSECONDS);
                    } catch (RejectedExecutionException closed) {
                        result.completeExceptionally(new UpsUnavailableException("UPS client closed before "
                                + request.operation() + " could be retried", status(failure), errors(failure), closed));
                    }
                }
                case HARD -> {
                    rejected.increment();
                    Failure.Answered answered = (Failure.Answered) failure;
                    result.completeExceptionally(new UpsRejectedException(request.operation(), answered.status(),
                            answered.errors(), body));
                }
                case AMBIGUOUS -> {
                    ambiguous.increment();
                    result.completeExceptionally(new UpsAmbiguousException(
                            "UPS " + request.operation() + " was sent but got no usable answer (" + describe(failure)
                                    + "); it may have been processed", status(failure), errors(failure), cause(failure)));
                }
                case EXHAUSTED -> {
                    exhausted.increment();
                    LOG.warn("UPS {} still failing after {} attempts ({}); giving up at the retry deadline",
                            request.operation(), retries, describe(failure));
                    result.completeExceptionally(new UpsUnavailableException(
                            "UPS " + request.operation() + " unavailable until the retry deadline of "
                                    + policy.deadline() + " (" + describe(failure) + ")",
                            status(failure), errors(failure), cause(failure)));
                }
                default -> throw new IllegalStateException("unknown verdict " + decision.verdict());
            }
        }
    }

    /**
     * Only a refused or timed-out connect proves UPS saw nothing; any later failure may have reached it. The JDK
     * client itself never resends a POST (it retries a lost pooled connection for GET only).
     */
    static Failure.Unanswered unanswered(Throwable error) {
        if (error instanceof ConnectException || error instanceof HttpConnectTimeoutException) {
            return new Failure.Unanswered((IOException) error, false);
        }
        if (error instanceof IOException io) {
            return new Failure.Unanswered(io, true);
        }
        HttpTimeoutException timeout = new HttpTimeoutException(error instanceof CancellationException
                ? "no complete answer within the call timeout" : "exchange failed: " + error.getClass().getSimpleName());
        timeout.initCause(error);
        return new Failure.Unanswered(timeout, true);
    }

    private static String describe(Failure failure) {
        if (failure instanceof Failure.Answered a) {
            return "HTTP " + a.status() + suffix(a.errors());
        }
        if (failure instanceof Failure.Unanswered u) {
            return u.cause().getClass().getSimpleName() + (u.requestSent() ? " after sending" : " before sending");
        }
        return "no token: " + ((Failure.NoToken) failure).cause().getMessage();
    }

    private static String suffix(List<UpsError> errors) {
        return errors.isEmpty() ? "" : " " + errors;
    }

    private static int status(Failure failure) {
        return failure instanceof Failure.Answered a ? a.status() : 0;
    }

    private static List<UpsError> errors(Failure failure) {
        return failure instanceof Failure.Answered a ? a.errors() : List.of();
    }

    private static Throwable cause(Failure failure) {
        if (failure instanceof Failure.Unanswered u) {
            return u.cause();
        }
        return failure instanceof Failure.NoToken n ? n.cause() : null;
    }

    private static Throwable unwrap(Throwable error) {
        Throwable t = Failures.cause(error);
        return t instanceof UpsException || t instanceof RuntimeException ? t
                : new UpsUnavailableException("UPS call failed: " + t.getClass().getSimpleName(), 0, List.of(), t);
    }
}
