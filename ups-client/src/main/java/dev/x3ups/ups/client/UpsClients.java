package dev.x3ups.ups.client;

import dev.x3ups.ups.client.address.AddressValidationClient;
import dev.x3ups.ups.client.alert.TrackAlertClient;
import dev.x3ups.ups.client.auth.TokenManager;
import dev.x3ups.ups.client.auth.TokenManagerRegistry;
import dev.x3ups.ups.client.auth.TokenMetrics;
import dev.x3ups.ups.client.auth.TokenSource;
import dev.x3ups.ups.client.http.UpsHttp;
import dev.x3ups.ups.client.http.UpsTransport;
import dev.x3ups.ups.client.pickup.PickupClient;
import dev.x3ups.ups.client.quantumview.QuantumViewClient;
import dev.x3ups.ups.client.rate.RateClient;
import dev.x3ups.ups.client.ship.LabelRecoveryClient;
import dev.x3ups.ups.client.ship.ShipClient;
import dev.x3ups.ups.client.ship.VoidClient;
import dev.x3ups.ups.client.track.TrackClient;
import java.net.http.HttpClient;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;

/**
 * The UPS API for one connector task: one non-blocking HTTP client (a few threads, whatever the number of requests
 * in flight), rate limiter and in-flight bound, sharing the JVM-wide token of its client id. Close it when the task
 * stops.
 */
public final class UpsClients implements AutoCloseable {
    private final HttpClient http;
    private final ScheduledExecutorService scheduler;
    private final TokenSource tokens;
    private final UpsTransport transport;
    private final ShipClient ship;
    private final VoidClient voids;
    private final LabelRecoveryClient labelRecovery;
    private final RateClient rate;
    private final TrackClient track;
    private final TrackAlertClient trackAlert;
    private final QuantumViewClient quantumView;
    private final AddressValidationClient addressValidation;
    private final PickupClient pickup;

    private UpsClients(UpsClientConfig config, TokenSource tokens) {
        this.http = UpsHttp.newClient(config);
        ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(1, runnable -> {
            Thread thread = Executors.defaultThreadFactory().newThread(runnable);
            thread.setName("ups-client-scheduler");
            thread.setDaemon(true);
            return thread;
        });
        executor.setRemoveOnCancelPolicy(true);
        this.scheduler = executor;
        this.tokens = tokens;
        this.transport = UpsTransport.create(config, http, tokens, scheduler);
        this.ship = new ShipClient(transport);
        this.voids = new VoidClient(transport);
        this.labelRecovery = new LabelRecoveryClient(transport);
        this.rate = new RateClient(transport);
        this.track = new TrackClient(transport);
        this.trackAlert = new TrackAlertClient(transport);
        this.quantumView = new QuantumViewClient(transport);
        this.addressValidation = new AddressValidationClient(transport);
        this.pickup = new PickupClient(transport, config.accountNumber());
    }

    /** Clients using the token shared by every task of this JVM with the same host, client id and merchant id. */
    public static UpsClients create(UpsClientConfig config) {
        return new UpsClients(config, TokenManagerRegistry.shared(config));
    }

    /** Clients with a caller-supplied token source (tests, or a token manager the caller owns). */
    public static UpsClients create(UpsClientConfig config, TokenSource tokens) {
        return new UpsClients(config, tokens);
    }

    public ShipClient ship() {
        return ship;
    }

    public VoidClient voids() {
        return voids;
    }

    public LabelRecoveryClient labelRecovery() {
        return labelRecovery;
    }

    public RateClient rate() {
        return rate;
    }

    public TrackClient track() {
        return track;
    }

    public TrackAlertClient trackAlert() {
        return trackAlert;
    }

    public QuantumViewClient quantumView() {
        return quantumView;
    }

    public AddressValidationClient addressValidation() {
        return addressValidation;
    }

    public PickupClient pickup() {
        return pickup;
    }

    /** Requests currently in flight (metric). */
    public int inFlight() {
        return transport.inFlight();
    }

    /** Token counters when the token source is a {@link TokenManager}, else {@code null}. */
    public TokenMetrics tokenMetrics() {
        return tokens instanceof TokenManager manager ? manager.metrics() : null;
    }

    @Override
    public void close() {
        scheduler.shutdownNow();
        UpsHttp.shutdown(http);
    }
}
