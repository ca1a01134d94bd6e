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
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongFunction;

/**
 * A concurrent Track Alert sender on loopback: {@code concurrency} keep-alive connections, each posting one event
 * after the other, each post timed from send to answer. It authenticates as UPS does with a v2 webhook: a token from the
 * receiver's token endpoint, then {@code Authorization: Bearer} and {@code x-api-key}.
 */
public final class WebhookLoad {

    private final URI events;
    private final String clientId;
    private final String token;

    private WebhookLoad(URI events, String clientId, String token) {
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
        return new WebhookLoad(eventsUrl, clientId, token);
    }

    /** What one burst of posts achieved. */
    public record Result(long sent, long acknowledged, long rejected, double seconds, Samples ackMillis) {

        public double acknowledgedPerSecond() {
            return acknowledged / seconds;
        }
    }

    /**
     * Posts events {@code first … first+count-1} over {@code concurrency} keep-alive connections (so at most that
     * many in flight); returns when every post was answered.
     */
    public Result post(long first, int count, int concurrency, LongFunction<String> body) throws InterruptedException {
        String headers = headers();
        AtomicLong next = new AtomicLong(first);
        long end = first + count;
        AtomicLong ok = new AtomicLong();
        AtomicLong rejected = new AtomicLong();
        Samples latencies = new Samples();
        List<Thread> senders = new ArrayList<>();
        long started = System.nanoTime();
        for (int c = 0; c < concurrency; c++) {
            Thread sender = new Thread(() -> send(headers, next, end, body, ok, rejected, latencies), "webhook-load-" + c);
            sender.setDaemon(true);
            sender.start();
            senders.add(sender);
        }
        for (Thread sender : senders) {
            sender.join();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        return new Result(count, ok.get(), rejected.get(), seconds, latencies);
    }

    /** One connection for a caller that paces its own posts; answers the HTTP status of each. */
    public Sender sender() throws IOException {
        return new Sender(new KeepAliveConnection(events, headers()));
    }

    /** A single keep-alive connection to the listener. */
    public static final class Sender implements AutoCloseable {
        private final KeepAliveConnection connection;

        private Sender(KeepAliveConnection connection) {
            this.connection = connection;
        }

        public int post(String body) throws IOException {
            return connection.post(body.getBytes(StandardCharsets.UTF_8));
        }

        @Override
        public void close() throws IOException {
            connection.close();
        }
    }

    private String headers() {
        return "Authorization: Bearer " + token + "\r\nx-api-key: " + clientId
                + "\r\nContent-Type: application/json\r\n";
    }

    private void send(String headers, AtomicLong next, long end, LongFunction<String> body, AtomicLong ok,
                      AtomicLong rejected, Samples latencies) {
        KeepAliveConnection connection = null;
        for (long i = next.getAndIncrement(); i < end; i = next.getAndIncrement()) {
            byte[] bytes = body.apply(i).getBytes(StandardCharsets.UTF_8);
            long sent = System.nanoTime();
            try {
                if (connection == null) {
                    connection = new KeepAliveConnection(events, headers);
                }
                int status = connection.post(bytes);
                if (status == 200) {
                    ok.incrementAndGet();
                    latencies.add((System.nanoTime() - sent) / 1e6);
                } else {
                    rejected.incrementAndGet();
                }
            } catch (IOException e) {
                rejected.incrementAndGet();
                closeQuietly(connection);
                connection = null; // the server closed it; the next post opens a new one
            }
        }
        closeQuietly(connection);
    }

    private static void closeQuietly(KeepAliveConnection connection) {
        if (connection != null) {
            try {
                connection.close();
            } catch (IOException e) {
                // nothing left to do with it
            }
        }
    }
}
