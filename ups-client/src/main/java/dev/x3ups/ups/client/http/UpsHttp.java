package dev.x3ups.ups.client.http;

import dev.x3ups.ups.client.UpsClientConfig;
import java.util.concurrent.TimeUnit;
import okhttp3.ConnectionPool;
import okhttp3.Dispatcher;
import okhttp3.OkHttpClient;

/** Builds the okhttp client of one UPS client instance. */
public final class UpsHttp {
    private UpsHttp() {
    }

    public static OkHttpClient newClient(UpsClientConfig config) {
        Dispatcher dispatcher = new Dispatcher();
        // our InFlightLimiter is the real bound; okhttp must not queue below it (its default is 5 per host)
        int max = Math.max(64, config.maxInFlight());
        dispatcher.setMaxRequests(max);
        dispatcher.setMaxRequestsPerHost(max);
        return new OkHttpClient.Builder()
                .dispatcher(dispatcher)
                .connectionPool(new ConnectionPool(max, 5, TimeUnit.MINUTES))
                .connectTimeout(config.connectTimeout())
                .readTimeout(config.readTimeout())
                .writeTimeout(config.readTimeout())
                .callTimeout(config.callTimeout())
                // okhttp would silently resend a POST on a stale connection: that could ship twice
                .retryOnConnectionFailure(false)
                .eventListenerFactory(SendTracker.LISTENERS)
                .build();
    }

    /** Stops the client's threads and closes idle connections. */
    public static void shutdown(OkHttpClient http) {
        http.dispatcher().executorService().shutdown();
        http.connectionPool().evictAll();
    }
}
