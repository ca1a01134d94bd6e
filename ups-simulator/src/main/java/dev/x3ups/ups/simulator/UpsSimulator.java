package dev.x3ups.ups.simulator;

import dev.x3ups.ups.simulator.address.AddressBook;
import dev.x3ups.ups.simulator.address.AddressValidationEndpoint;
import dev.x3ups.ups.simulator.address.ResidentialDelivery;
import dev.x3ups.ups.simulator.admin.AdminRoutes;
import dev.x3ups.ups.simulator.alert.TrackAlert;
import dev.x3ups.ups.simulator.clock.SimClock;
import dev.x3ups.ups.simulator.contract.SchemaChecked;
import dev.x3ups.ups.simulator.contract.UpsContract;
import dev.x3ups.ups.simulator.counter.CallReferences;
import dev.x3ups.ups.simulator.counter.RequestCounters;
import dev.x3ups.ups.simulator.fault.FaultInjector;
import dev.x3ups.ups.simulator.fault.FaultSpec;
import dev.x3ups.ups.simulator.fault.LateCommits;
import dev.x3ups.ups.simulator.http.Route;
import dev.x3ups.ups.simulator.http.Router;
import dev.x3ups.ups.simulator.http.SimulatorHandler;
import dev.x3ups.ups.simulator.oauth.BearerAuthenticator;
import dev.x3ups.ups.simulator.oauth.ClientRegistry;
import dev.x3ups.ups.simulator.oauth.TokenEndpoint;
import dev.x3ups.ups.simulator.oauth.TokenStore;
import dev.x3ups.ups.simulator.pickup.PickupAdminRoutes;
import dev.x3ups.ups.simulator.pickup.PickupCancelEndpoint;
import dev.x3ups.ups.simulator.pickup.PickupCreationEndpoint;
import dev.x3ups.ups.simulator.pickup.PickupRateEndpoint;
import dev.x3ups.ups.simulator.pickup.PickupStatusEndpoint;
import dev.x3ups.ups.simulator.pickup.PickupSystem;
import dev.x3ups.ups.simulator.quantumview.QuantumViewEndpoint;
import dev.x3ups.ups.simulator.quantumview.QuantumViewFeed;
import dev.x3ups.ups.simulator.rate.RateEndpoint;
import dev.x3ups.ups.simulator.ship.LabelRecoveryEndpoint;
import dev.x3ups.ups.simulator.ship.PickupScans;
import dev.x3ups.ups.simulator.ship.ShipEndpoint;
import dev.x3ups.ups.simulator.ship.ShipmentBook;
import dev.x3ups.ups.simulator.ship.ShipmentFactory;
import dev.x3ups.ups.simulator.ship.ShipmentRequestValidator;
import dev.x3ups.ups.simulator.ship.ShippedPackage;
import dev.x3ups.ups.simulator.ship.TrackingNumbers;
import dev.x3ups.ups.simulator.ship.VoidEndpoint;
import dev.x3ups.ups.simulator.timeline.TimelinePlanner;
import dev.x3ups.ups.simulator.timeline.TimelineScheduler;
import dev.x3ups.ups.simulator.track.TrackByReferenceEndpoint;
import dev.x3ups.ups.simulator.track.TrackEndpoint;
import dev.x3ups.ups.simulator.visibility.LookupChannel;
import dev.x3ups.ups.simulator.visibility.VisibilityLag;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.SSLContext;
import org.eclipse.jetty.http.UriCompliance;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A running UPS simulator. Start with {@link #builder()}; {@link #close()} stops it. The accessors are
 * the Java admin API (faults, counters, clock, shipments, Track Alert, tokens, Quantum View, address book).
 */
public final class UpsSimulator implements AutoCloseable {
    /** Track Alert's documented code for a missing locale, which the schema also requires. */
    private static final SchemaChecked.KnownRule LOCALE_REQUIRED = new SchemaChecked.KnownRule("'locale'",
            "not found", "VSS300", "Locale is required. The Subscription request has been rejected.");
    private static final Logger LOG = LoggerFactory.getLogger(UpsSimulator.class);

    private final Server server;
    private final ScheduledExecutorService scheduler;
    private final ExecutorService httpExecutor;
    private final FaultInjector faults;
    private final RequestCounters counters;
    private final PickupSystem pickupSystem;
    private final SimClock clock;
    private final ShipmentBook shipments;
    private final TrackAlert trackAlert;
    private final TokenStore tokens;
    private final QuantumViewFeed quantumView;
    private final AddressBook addressBook;
    private final VoidEndpoint voidEndpoint;
    private final TimelineScheduler<ShippedPackage> timelines;
    private final VisibilityLag visibilityLag;
    private final LateCommits lateCommits;
    private final PickupScans pickups;
    private final String host;

    private UpsSimulator(Builder b) throws Exception {
        Clock wall = b.wall;
        Random random = new Random(b.seed);
        this.host = b.host;
        this.scheduler = Executors.newScheduledThreadPool(2, daemon("ups-sim-scheduler"));
        this.httpExecutor = Executors.newFixedThreadPool(4, daemon("ups-sim-webhook"));
        this.faults = new FaultInjector(random);
        b.faults.forEach(faults::set);
        this.lateCommits = new LateCommits(scheduler);
        this.visibilityLag = new VisibilityLag(wall);
        b.visibilityLags.forEach(visibilityLag::set);
        this.counters = new RequestCounters();
        this.clock = new SimClock(wall, b.start == null ? Instant.now().truncatedTo(ChronoUnit.SECONDS) : b.start,
                b.speed);
        this.shipments = new ShipmentBook(wall);
        this.tokens = new TokenStore(wall, b.tokenLifetimeSeconds, b.dailyTokenQuota);
        ClientRegistry clients = new ClientRegistry();
        b.clients.forEach(clients::register);
        this.timelines = new TimelineScheduler<>(clock, ShippedPackage::timeline);
        this.trackAlert = new TrackAlert(shipments, clock, wall, scheduler, httpExecutor, new Random(b.seed + 1),
                b.webhookConcurrency, b.accountNumber, b.webhookSsl);
        this.quantumView = new QuantumViewFeed(b.quantumViewSubscriptions, b.quantumViewEventsPerFile,
                visibilityLag);
        timelines.addListener(trackAlert.listener());
        timelines.addListener(quantumView);
        this.voidEndpoint = new VoidEndpoint(shipments, timelines, clock, b.voidWindow);
        this.addressBook = AddressBook.seeded();
        ResidentialDelivery residential = new ResidentialDelivery(addressBook);
        this.pickups = new PickupScans(shipments, timelines, clock);
        ShipEndpoint ship = new ShipEndpoint(new ShipmentRequestValidator(b.accountNumber),
                new ShipmentFactory(new TrackingNumbers(b.seed * 7919),
                        new TimelinePlanner(b.seed, b.exceptionShare, b.recoveryShare), residential),
                shipments, timelines, clock, residential);
        List<Route> routes = new ArrayList<>();
        routes.add(Route.open("POST", "/security/v1/oauth/token", ApiEndpoint.TOKEN, new TokenEndpoint(clients, tokens)));
        // every body UPS would check against its schema is checked here first (see SchemaChecked)
        UpsContract contract = UpsContract.get().warmUp();
        routes.add(Route.api("POST", "/api/shipments/{version}/ship", ApiEndpoint.SHIP, new SchemaChecked(contract, ship)));
        routes.add(Route.api("DELETE", "/api/shipments/{version}/void/cancel/{id}", ApiEndpoint.VOID, voidEndpoint));
        routes.add(Route.api("POST", "/api/labels/{version}/recovery", ApiEndpoint.LABEL_RECOVERY,
                new SchemaChecked(contract, new LabelRecoveryEndpoint(shipments, visibilityLag))));
        routes.add(Route.api("POST", "/api/rating/{version}/{requestoption}", ApiEndpoint.RATE,
                new SchemaChecked(contract, new RateEndpoint(residential))));
        routes.add(Route.api("GET", "/api/track/v1/details/{inquiryNumber}", ApiEndpoint.TRACK,
                new TrackEndpoint(shipments, clock)));
        routes.add(Route.api("GET", "/api/track/v1/reference/details/{referenceNumber}", ApiEndpoint.TRACK_REFERENCE,
                new TrackByReferenceEndpoint(shipments, clock, visibilityLag)));
        routes.add(Route.api("POST", "/api/track/{version}/subscription/{type}/package", ApiEndpoint.TRACK_ALERT,
                new SchemaChecked(contract, trackAlert.subscriptionEndpoint(), LOCALE_REQUIRED,
                        SchemaChecked.KnownRule.leftToEndpoint("/trackingNumberList/"),
                        new SchemaChecked.KnownRule("'destination'", "not found", "VSS500",
                                "Destination is required. The Subscription request has been rejected."),
                        new SchemaChecked.KnownRule(
                        "trackingNumberList", "at most", "VSS220",
                        "At most 100 tracking numbers per request. The Subscription request has been rejected."))));
        routes.add(Route.api("POST", "/api/track/{version}/subscription/{type}/account", ApiEndpoint.TRACK_ALERT,
                new SchemaChecked(contract, trackAlert.accountSubscriptionEndpoint(), LOCALE_REQUIRED,
                        new SchemaChecked.KnownRule("'shipperAccountNumber'", "not found", "VSS300",
                                "Shipper Account Number is required."))));
        routes.add(Route.api("DELETE", "/api/track/{version}/subscription/{type}/account", ApiEndpoint.TRACK_ALERT,
                trackAlert.accountSubscriptionEndpoint()));
        this.pickupSystem = new PickupSystem(clock, b.accountNumber, b.seed + 2);
        routes.add(Route.api("POST", "/api/pickupcreation/{version}/pickup", ApiEndpoint.PICKUP,
                new SchemaChecked(contract, new PickupCreationEndpoint(pickupSystem))));
        routes.add(Route.api("POST", "/api/shipments/{version}/pickup/{pickuptype}", ApiEndpoint.PICKUP_RATE,
                new SchemaChecked(contract, new PickupRateEndpoint(pickupSystem))));
        routes.add(Route.api("GET", "/api/shipments/{version}/pickup/{pickuptype}", ApiEndpoint.PICKUP_STATUS,
                new PickupStatusEndpoint(pickupSystem)));
        routes.add(Route.api("DELETE", "/api/shipments/{version}/pickup/{CancelBy}", ApiEndpoint.PICKUP_CANCEL,
                new PickupCancelEndpoint(pickupSystem)));
        routes.addAll(new PickupAdminRoutes(pickupSystem).routes());
        routes.add(Route.api("POST", "/api/quantumview/{version}/events", ApiEndpoint.QUANTUM_VIEW,
                new SchemaChecked(contract, new QuantumViewEndpoint(quantumView, timelines::pump, clock,
                        b.subscriberId, b.quantumViewPageSize, b.quantumViewSingleObjects))));
        routes.add(Route.api("POST", "/api/addressvalidation/{version}/{requestoption}", ApiEndpoint.ADDRESS_VALIDATION,
                new SchemaChecked(contract, new AddressValidationEndpoint(addressBook, b.addressValidationSingleObjects))));
        routes.addAll(new AdminRoutes(counters, faults, clock, shipments, trackAlert, tokens, addressBook,
                visibilityLag, lateCommits, pickups, voidEndpoint).routes());

        QueuedThreadPool threads = new QueuedThreadPool(b.maxThreads, 8);
        threads.setName("ups-sim-http");
        threads.setDaemon(true);
        this.server = new Server(threads);
        HttpConfiguration http = new HttpConfiguration();
        // Reference numbers may contain '/', sent as %2F inside one path segment.
        http.setUriCompliance(UriCompliance.DEFAULT.with("reference-numbers",
                UriCompliance.Violation.AMBIGUOUS_PATH_SEPARATOR));
        http.setSendServerVersion(false);
        ServerConnector connector = new ServerConnector(server, new HttpConnectionFactory(http));
        connector.setHost(b.host);
        connector.setPort(b.port);
        connector.setIdleTimeout(b.idleTimeout.toMillis());
        connector.setAcceptQueueSize(1024);
        server.addConnector(connector);
        server.setHandler(new SimulatorHandler(new Router(routes), faults, counters, new BearerAuthenticator(tokens),
                scheduler, lateCommits, new CallReferences(shipments)));
        server.start();
        scheduler.scheduleWithFixedDelay(this::pumpQuietly, 20, 20, TimeUnit.MILLISECONDS);
    }

    public static Builder builder() {
        return new Builder();
    }

    private void pumpQuietly() {
        try {
            timelines.pump();
        } catch (RuntimeException e) {
            LOG.warn("timeline pump failed", e);
        }
    }

    public int port() {
        return ((ServerConnector) server.getConnectors()[0]).getLocalPort();
    }

    /** {@code http://host:port} without a trailing slash. */
    public String baseUrl() {
        String h = "0.0.0.0".equals(host) ? "127.0.0.1" : host;
        return "http://" + h + ":" + port();
    }

    public String tokenUrl() {
        return baseUrl() + "/security/v1/oauth/token";
    }

    public String apiUrl() {
        return baseUrl() + "/api";
    }

    public FaultInjector faults() {
        return faults;
    }

    public RequestCounters counters() {
        return counters;
    }

    public SimClock clock() {
        return clock;
    }

    /**
     * UPS picks the shipment up now: its pickup scan (and the later scans, moved by as much) is published
     * before returning, and from then on it cannot be voided. False when unknown, voided or already picked up.
     */
    public boolean pickUpNow(String shipmentId) {
        return pickups.pickUpNow(shipmentId);
    }

    /** Advances the simulator clock and publishes the scans that fell due, before returning. */
    public void advanceClock(Duration duration) {
        clock.advance(duration);
        timelines.pump();
    }

    public ShipmentBook shipments() {
        return shipments;
    }

    public TrackAlert trackAlert() {
        return trackAlert;
    }

    public TokenStore tokens() {
        return tokens;
    }

    public QuantumViewFeed quantumView() {
        return quantumView;
    }

    /** The addresses Address Validation knows and Ship/Rate bill by; add entries with {@code add(BookEntry)}. */
    public AddressBook addressBook() {
        return addressBook;
    }

    /** Pickup bookings, site calendars and Smart Pickup accounts. */
    public PickupSystem pickups() {
        return pickupSystem;
    }

    public void setVoidWindow(Duration window) {
        voidEndpoint.setWindow(window);
    }

    public Duration voidWindow() {
        return voidEndpoint.window();
    }

    /** How long after its commit a shipment shows on each look-up channel (zero by default). */
    public VisibilityLag visibilityLag() {
        return visibilityLag;
    }

    /** Held requests whose work lands after the client gave up (the late-commit fault). */
    public LateCommits lateCommits() {
        return lateCommits;
    }

    @Override
    public void close() {
        try {
            server.stop();
        } catch (Exception e) {
            LOG.warn("stopping the UPS simulator failed", e);
        } finally {
            scheduler.shutdownNow();
            httpExecutor.shutdownNow();
        }
    }

    private static ThreadFactory daemon(String name) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, name + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    /** Settings; every one has a default (see the README). */
    public static final class Builder {
        private String host = "127.0.0.1";
        private int port;
        private final Map<String, String> clients = new LinkedHashMap<>();
        private String accountNumber = "A1B2C3";
        private long tokenLifetimeSeconds = 3600;
        private int dailyTokenQuota = 250;
        private Duration voidWindow = Duration.ofHours(24);
        private double speed = 1.0;
        private Instant start;
        private double exceptionShare = 0.1;
        private double recoveryShare = 0.6;
        private long seed = 42;
        private final List<String> quantumViewSubscriptions = new ArrayList<>();
        private int quantumViewEventsPerFile = 50;
        private int quantumViewPageSize = 2;
        private String subscriberId = "SIMSUBSCRIBER";
        private boolean quantumViewSingleObjects;
        private boolean addressValidationSingleObjects;
        private int webhookConcurrency = 64;
        private SSLContext webhookSsl;
        private int maxThreads = 200;
        private Duration idleTimeout = Duration.ofSeconds(60);
        private Clock wall = Clock.systemUTC();
        private final Map<ApiEndpoint, FaultSpec> faults = new EnumMap<>(ApiEndpoint.class);
        private final Map<LookupChannel, Duration> visibilityLags = new EnumMap<>(LookupChannel.class);

        private Builder() {
        }

        /**
         * The wall clock the simulator clock runs on, and that times token expiry, commit times and visibility
         * lags (tests pass one they move by hand). Latency, holds and late commits still wait in real time.
         */
        public Builder wallClock(Clock c) {
            this.wall = c;
            return this;
        }

        /** A fault switched on from the start (as {@code faults().set(..)} would). */
        public Builder fault(ApiEndpoint endpoint, FaultSpec spec) {
            faults.put(endpoint, spec);
            return this;
        }

        /** How long after its commit a shipment shows on {@code channel} (wall clock; default zero). */
        public Builder visibilityLag(LookupChannel channel, Duration lag) {
            visibilityLags.put(channel, lag);
            return this;
        }

        public Builder host(String h) {
            this.host = h;
            return this;
        }

        public Builder port(int p) {
            this.port = p;
            return this;
        }

        /** Adds an accepted client id and secret (the default pair is used only when none is added). */
        public Builder client(String clientId, String clientSecret) {
            clients.put(clientId, clientSecret);
            return this;
        }

        public Builder accountNumber(String a) {
            this.accountNumber = a;
            return this;
        }

        public Builder tokenLifetimeSeconds(long s) {
            this.tokenLifetimeSeconds = s;
            return this;
        }

        public Builder dailyTokenQuota(int q) {
            this.dailyTokenQuota = q;
            return this;
        }

        public Builder voidWindow(Duration d) {
            this.voidWindow = d;
            return this;
        }

        public Builder clockSpeed(double s) {
            this.speed = s;
            return this;
        }

        public Builder clockStart(Instant i) {
            this.start = i;
            return this;
        }

        public Builder exceptionShare(double s) {
            this.exceptionShare = s;
            return this;
        }

        /** Of the packages with an exception, the share delivered after all (the rest are returned). */
        public Builder recoveryShare(double s) {
            this.recoveryShare = s;
            return this;
        }

        public Builder seed(long s) {
            this.seed = s;
            return this;
        }

        public Builder quantumViewSubscription(String name) {
            quantumViewSubscriptions.add(name);
            return this;
        }

        public Builder quantumViewEventsPerFile(int n) {
            this.quantumViewEventsPerFile = n;
            return this;
        }

        public Builder quantumViewPageSize(int n) {
            this.quantumViewPageSize = n;
            return this;
        }

        /** Send one-element Quantum View lists as single objects on v3 too (docs/architecture.md, "UPS facts: Quantum View"). */
        public Builder quantumViewSingleObjects(boolean on) {
            this.quantumViewSingleObjects = on;
            return this;
        }

        /** Send one candidate (and one address line) as a single object on Address Validation v2 too (issue #58). */
        public Builder addressValidationSingleObjects(boolean on) {
            this.addressValidationSingleObjects = on;
            return this;
        }

        public Builder webhookConcurrency(int n) {
            this.webhookConcurrency = n;
            return this;
        }

        /** Trust for HTTPS webhook receivers and their token URLs (e.g. a test's self-signed certificate). */
        public Builder webhookSslContext(SSLContext ssl) {
            this.webhookSsl = ssl;
            return this;
        }

        public Builder maxThreads(int n) {
            this.maxThreads = n;
            return this;
        }

        public Builder idleTimeout(Duration d) {
            this.idleTimeout = d;
            return this;
        }

        public UpsSimulator start() {
            if (clients.isEmpty()) {
                clients.put("sim-client-id", "sim-client-secret");
            }
            if (quantumViewSubscriptions.isEmpty()) {
                quantumViewSubscriptions.add("OutboundXML");
            }
            try {
                return new UpsSimulator(this);
            } catch (Exception e) {
                throw new IllegalStateException("UPS simulator failed to start", e);
            }
        }
    }
}
