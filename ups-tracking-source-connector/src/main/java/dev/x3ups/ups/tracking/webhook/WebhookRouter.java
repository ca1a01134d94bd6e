package dev.x3ups.ups.tracking.webhook;

import dev.x3ups.client.Failures;
import java.nio.charset.StandardCharsets;
import java.util.function.IntSupplier;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * The listener's three endpoints on Jetty's core (async) API: the event path, the token path (v2 only) and
 * {@code GET /health} for the load balancer. Every answer completes Jetty's callback later from whatever thread
 * finishes the work, so a request waiting for Kafka holds no thread.
 */
final class WebhookRouter extends Handler.Abstract.NonBlocking {
    private static final int TOKEN_FORM_LIMIT = 4096;
    private final WebhookIntake intake;
    private final WebhookPaths paths;
    private final int maxBodyBytes;
    private final IntSupplier queueDepth;

    WebhookRouter(WebhookIntake intake, WebhookPaths paths, int maxBodyBytes, IntSupplier queueDepth) {
        this.intake = intake;
        this.paths = paths;
        this.maxBodyBytes = maxBodyBytes;
        this.queueDepth = queueDepth;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        String path = Request.getPathInContext(request);
        String method = request.getMethod();
        if (path.equals(paths.health())) {
            boolean up = intake.isOpen();
            answer(response, callback, up ? 200 : 503, "{\"status\":\"" + (up ? "UP" : "DOWN") + "\",\"queueDepth\":"
                    + queueDepth.getAsInt() + "}");
        } else if (path.equals(paths.events())) {
            if (!HttpMethod.POST.is(method)) {
                answer(response, callback, 405, null);
            } else {
                event(request, response, callback);
            }
        } else if (path.equals(paths.token()) && intake.authenticator().tokenEndpoint() != null) {
            if (!HttpMethod.POST.is(method)) {
                answer(response, callback, 405, null);
            } else {
                token(request, response, callback, intake.authenticator().tokenEndpoint());
            }
        } else {
            answer(response, callback, 404, null);
        }
        return true;
    }

    private void event(Request request, Response response, Callback callback) {
        int early = intake.precheck(request.getHeaders());
        if (early != 0) {
            answer(response, callback, early, null);
            return;
        }
        if (request.getLength() > maxBodyBytes) {
            answer(response, callback, 413, null);
            return;
        }
        BoundedBody.read(request, maxBodyBytes)
                .thenCompose(intake::accept)
                .whenComplete((status, failure) -> answer(response, callback,
                        failure == null ? status : statusOf(failure), null));
    }

    private static void token(Request request, Response response, Callback callback, TokenEndpoint endpoint) {
        String authorization = request.getHeaders().get(HttpHeader.AUTHORIZATION);
        BoundedBody.read(request, TOKEN_FORM_LIMIT).whenComplete((body, failure) -> {
            if (failure != null) {
                answer(response, callback, statusOf(failure), null);
                return;
            }
            TokenEndpoint.Answer answer = endpoint.answer(authorization, new String(body, StandardCharsets.UTF_8));
            response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
            answer(response, callback, answer.status(), answer.json());
        });
    }

    private static int statusOf(Throwable failure) {
        Throwable cause = Failures.cause(failure);
        return cause instanceof BodyTooLargeException ? 413 : 400;
    }

    private static void answer(Response response, Callback callback, int status, String json) {
        response.setStatus(status);
        if (json == null) {
            response.getHeaders().put(HttpHeader.CONTENT_LENGTH, 0L);
            callback.succeeded();
            return;
        }
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json");
        Content.Sink.write(response, true, json, callback);
    }
}
