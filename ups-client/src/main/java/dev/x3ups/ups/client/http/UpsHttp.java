package dev.x3ups.ups.client.http;

import dev.x3ups.ups.client.UpsClientConfig;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Builds the JDK HTTP client of one UPS client instance. The JDK client is NIO: a request waiting for UPS holds
 * a socket, not a thread, so {@link #THREADS} threads (plus the client's one selector thread) serve any number of
 * requests in flight.
 */
public final class UpsHttp {
    /** Threads that read answers and run what follows them; none of it blocks. */
    public static final int THREADS = 2;

    private UpsHttp() {
    }

    /** The client of one {@link dev.x3ups.ups.client.UpsClients} instance. */
    public static HttpClient newClient(UpsClientConfig config) {
        return newClient(config.connectTimeout(), "ups-http");
    }

    /**
     * A client whose threads are named {@code threadName-N}. HTTP/1.1 because UPS's REST APIs speak it and an h2c
     * upgrade would only add a round trip; redirects are never followed (a redirected POST could ship twice).
     */
    public static HttpClient newClient(Duration connectTimeout, String threadName) {
        AtomicInteger count = new AtomicInteger();
        ThreadPoolExecutor executor = new ThreadPoolExecutor(THREADS, THREADS, 30, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(), runnable -> {
                    Thread thread = new Thread(runnable, threadName + "-" + count.incrementAndGet());
                    thread.setDaemon(true); // a task that forgets close() must not keep the worker JVM alive
                    return thread;
                });
        executor.allowCoreThreadTimeOut(true); // an idle client (a token endpoint between refreshes) holds no thread
        return HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NEVER)
                .executor(executor)
                .build();
    }

    /** Stops the client's threads; on Java 21+ also closes its connections and selector at once. */
    public static void shutdown(HttpClient http) {
        http.executor().ifPresent(executor -> ((ExecutorService) executor).shutdown());
        try {
            HttpClient.class.getMethod("shutdownNow").invoke(http);
        } catch (NoSuchMethodException java17) {
            // the selector thread ends by itself once the client is unreachable
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("could not shut the UPS HTTP client down", e);
        }
    }
}
