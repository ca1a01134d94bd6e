package dev.x3ups.ups.simulator.http;

import dev.x3ups.ups.simulator.ApiEndpoint;
import dev.x3ups.ups.simulator.counter.CallReferences;
import dev.x3ups.ups.simulator.counter.RequestCounters;
import dev.x3ups.ups.simulator.fault.FaultDecision;
import dev.x3ups.ups.simulator.fault.FaultInjector;
import dev.x3ups.ups.simulator.fault.LateCommits;
import dev.x3ups.ups.simulator.fault.TimeoutMode;
import dev.x3ups.ups.simulator.oauth.BearerAuthenticator;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.Fields;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Jetty core handler: routes, counts, injects faults, authenticates and answers. Delays and held
 * requests are completed from a scheduler, so a slow response holds no thread.
 */
public final class SimulatorHandler extends Handler.Abstract {
    private static final Logger LOG = LoggerFactory.getLogger(SimulatorHandler.class);
    private static final int MAX_BODY = 4 * 1024 * 1024;

    private final Router router;
    private final FaultInjector faults;
    private final RequestCounters counters;
    private final BearerAuthenticator bearer;
    private final ScheduledExecutorService scheduler;
    private final LateCommits lateCommits;
    private final CallReferences references;

    public SimulatorHandler(Router router, FaultInjector faults, RequestCounters counters, BearerAuthenticator bearer,
                            ScheduledExecutorService scheduler, LateCommits lateCommits, CallReferences references) {
        this.router = router;
        this.faults = faults;
        this.counters = counters;
        this.bearer = bearer;
        this.scheduler = scheduler;
        this.lateCommits = lateCommits;
        this.references = references;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        String path = Request.getPathInContext(request);
        Optional<Router.Match> match = router.find(request.getMethod(), path);
        if (match.isEmpty()) {
            ApiResponse miss = router.knowsPath(path)
                    ? UpsErrors.error(405, "405", "Method not allowed")
                    : UpsErrors.error(404, "404", "Resource not found");
            write(response, callback, miss, null);
            return true;
        }
        Router.Match found = match.get();
        // Jetty 12.0 API (the version Connect runs on, which shares the JVM in tests): the body is
        // read without holding a thread, and processing is in-memory, so completing inline is fine.
        Content.Source.asByteArrayAsync(request, MAX_BODY)
                .whenComplete((bytes, failure) -> onBody(request, response, callback, found, bytes, failure));
        return true;
    }

    private void onBody(Request request, Response response, Callback callback, Router.Match match, byte[] bytes,
                        Throwable failure) {
        if (failure != null) {
            callback.failed(failure);
            return;
        }
        try {
            process(request, response, callback, match, new String(bytes, StandardCharsets.UTF_8));
        } catch (RuntimeException e) {
            LOG.warn("simulator failed on {} {}", request.getMethod(), Request.getPathInContext(request), e);
            write(response, callback, UpsErrors.serverError(500), match.route().endpoint());
        }
    }

    private void process(Request request, Response response, Callback callback, Router.Match match, String body) {
        Route route = match.route();
        ApiEndpoint endpoint = route.endpoint();
        ApiRequest apiRequest = toApiRequest(request, match.pathParams(), body);
        if (endpoint == null) {
            write(response, callback, invoke(route, apiRequest), null);
            return;
        }
        counters.received(endpoint);
        counters.receivedFor(endpoint, references.of(endpoint, apiRequest));
        FaultDecision decision = faults.decide(endpoint);
        switch (decision.kind()) {
            case OUTAGE, SERVER_ERROR -> later(decision.delayMillis(), response, callback,
                    UpsErrors.serverError(decision.status()), endpoint);
            case RATE_LIMITED -> {
                ApiResponse limited = UpsErrors.rateLimited(decision.code());
                if (decision.retryAfterSeconds() != null) {
                    limited = limited.withHeader("Retry-After", decision.retryAfterSeconds().toString());
                }
                later(decision.delayMillis(), response, callback, limited, endpoint);
            }
            case TIMEOUT -> {
                ApiResponse processed = decision.timeoutMode() == TimeoutMode.BEFORE_PROCESSING
                        ? null : invoke(route, apiRequest);
                long hold = decision.delayMillis() + decision.hold().toMillis();
                if (decision.timeoutMode() == TimeoutMode.ANSWER_LATE) {
                    later(hold, response, callback, processed, endpoint);
                } else {
                    scheduler.schedule(() -> abandon(request, callback, endpoint), hold, TimeUnit.MILLISECONDS);
                }
            }
            case LATE_COMMIT -> {
                // authenticated now, as UPS would on receipt; the work itself lands after the commit delay
                ApiRequest authenticated = authenticated(route, apiRequest);
                if (authenticated != null) {
                    lateCommits.schedule(decision.commitAfterMillis(), () -> handle(route, authenticated).status());
                }
                scheduler.schedule(() -> abandon(request, callback, endpoint),
                        decision.delayMillis() + decision.hold().toMillis(), TimeUnit.MILLISECONDS);
            }
            case PASS -> later(decision.delayMillis(), response, callback, invoke(route, apiRequest), endpoint);
            default -> throw new IllegalStateException(decision.kind().name());
        }
    }

    private ApiResponse invoke(Route route, ApiRequest request) {
        ApiRequest authenticated = authenticated(route, request);
        return authenticated == null ? UpsErrors.invalidAuthentication() : handle(route, authenticated);
    }

    /** The request with its client id when the route needs a bearer token; null when the token is not valid. */
    private ApiRequest authenticated(Route route, ApiRequest request) {
        if (!route.bearer()) {
            return request;
        }
        Optional<String> client = bearer.clientId(request.header("Authorization"));
        return client.map(request::withClientId).orElse(null);
    }

    private static ApiResponse handle(Route route, ApiRequest authenticated) {
        try {
            return route.handler().handle(authenticated);
        } catch (IllegalArgumentException e) {
            return UpsErrors.error(400, "10002", "The request is not valid: " + e.getMessage());
        }
    }

    private void later(long delayMillis, Response response, Callback callback, ApiResponse answer, ApiEndpoint e) {
        if (delayMillis <= 0) {
            write(response, callback, answer, e);
        } else {
            scheduler.schedule(() -> write(response, callback, answer, e), delayMillis, TimeUnit.MILLISECONDS);
        }
    }

    private void abandon(Request request, Callback callback, ApiEndpoint endpoint) {
        counters.answered(endpoint, 0);
        request.getConnectionMetaData().getConnection().getEndPoint().close();
        callback.failed(new TimeoutException("simulated timeout"));
    }

    private void write(Response response, Callback callback, ApiResponse answer, ApiEndpoint endpoint) {
        try {
            response.setStatus(answer.status());
            answer.headers().forEach((k, v) -> response.getHeaders().put(k, v));
            if (endpoint != null) {
                counters.answered(endpoint, answer.status());
            }
            if (answer.body() == null) {
                response.write(true, null, callback);
                return;
            }
            response.getHeaders().put("Content-Type", "application/json");
            byte[] bytes = Json.MAPPER.writeValueAsBytes(answer.body());
            response.write(true, ByteBuffer.wrap(bytes), callback);
        } catch (Exception e) {
            callback.failed(e);
        }
    }

    private static ApiRequest toApiRequest(Request request, Map<String, String> pathParams, String body) {
        Map<String, String> headers = new HashMap<>();
        for (HttpField f : request.getHeaders()) {
            headers.put(f.getName().toLowerCase(Locale.ROOT), f.getValue());
        }
        Map<String, List<String>> query = new HashMap<>();
        Fields fields = Request.extractQueryParameters(request);
        for (Fields.Field f : fields) {
            query.put(f.getName(), f.getValues());
        }
        return new ApiRequest(request.getMethod(), Request.getPathInContext(request), pathParams, query, headers, body,
                null);
    }
}
