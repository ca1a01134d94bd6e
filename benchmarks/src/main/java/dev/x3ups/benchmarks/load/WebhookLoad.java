package dev.x3ups.benchmarks.load;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.x3ups.benchmarks.stats.Samples;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongFunction;

/**
 * A concurrent Track Alert sender on loopback (JDK HttpClient, asynchronous): at most {@code concurrency} posts
 * in flight, each timed from send to answer. It authenticates as UPS does with a v2 webhook: a token from the
 * receiver's token endpoint, then {@code Authorization: Bearer} and {@code x-api-key}.
 */
public final class WebhookLoad {

    private final HttpClient http;
    private final URI events;
    private final String clientId;
    private final String token;

    private WebhookLoad(HttpClient http, URI events, String clientId, String token) {
        this.http = http;
        this.events = events;
        this.clientId = clientId;
        this.token = token;
    }

    /** Fetches a token from the receiver (client credentials, Basic auth) and returns a ready sender. */
    public static WebhookLoad connect(URI tokenUrl, URI eventsUrl, String clientId, String clientSecret)
            throws IOException, InterruptedException {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        String basic = Base64.getEncoder().encodeToString((clientId + ":" + clientSecret)
                .getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(tokenUrl)
                .header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials")).build(),
                HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 200) {
            throw new IllegalStateException("webhook token endpoint answered " + answer.statusCode());
        }
        String token = new ObjectMapper().readTree(answer.body()).path("access_token").asText();
        return new WebhookLoad(http, eventsUrl, clientId, token);
    }

    /** What one burst of posts achieved. */
    public record Result(long sent, long acknowledged, long rejected, double seconds, Samples ackMillis) {

        public double acknowledgedPerSecond() {
            return acknowledged / seconds;
        }
    }

    /** Posts events {@code first … first+count-1} with at most {@code concurrency} in flight; waits for all answers. */
    public Result post(long first, int count, int concurrency, LongFunction<String> body) throws InterruptedException {
        Semaphore slots = new Semaphore(concurrency);
        CountDownLatch done = new CountDownLatch(count);
        AtomicLong ok = new AtomicLong();
        AtomicLong rejected = new AtomicLong();
        Samples latencies = new Samples();
        long started = System.nanoTime();
        for (long i = first; i < first + count; i++) {
            slots.acquire();
            HttpRequest request = HttpRequest.newBuilder(events).timeout(Duration.ofSeconds(30))
                    .header("Authorization", "Bearer " + token)
                    .header("x-api-key", clientId)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body.apply(i))).build();
            long sent = System.nanoTime();
            http.sendAsync(request, HttpResponse.BodyHandlers.discarding()).whenComplete((response, failure) -> {
                if (failure == null && response.statusCode() == 200) {
                    ok.incrementAndGet();
                    latencies.add((System.nanoTime() - sent) / 1e6);
                } else {
                    rejected.incrementAndGet();
                }
                slots.release();
                done.countDown();
            });
        }
        done.await();
        double seconds = (System.nanoTime() - started) / 1e9;
        return new Result(count, ok.get(), rejected.get(), seconds, latencies);
    }
}
