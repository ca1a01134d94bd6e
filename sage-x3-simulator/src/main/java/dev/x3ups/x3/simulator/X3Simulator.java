package dev.x3ups.x3.simulator;

import dev.x3ups.x3.simulator.admin.AdminHandler;
import dev.x3ups.x3.simulator.admin.X3Admin;
import dev.x3ups.x3.simulator.api1.Api1Handler;
import dev.x3ups.x3.simulator.api1.DimensionStyle;
import dev.x3ups.x3.simulator.api1.Representations;
import dev.x3ups.x3.simulator.api1.ResourceWriter;
import dev.x3ups.x3.simulator.auth.AuthSettings;
import dev.x3ups.x3.simulator.auth.Authenticator;
import dev.x3ups.x3.simulator.auth.ConnectedApp;
import dev.x3ups.x3.simulator.auth.ConnectedAppVerifier;
import dev.x3ups.x3.simulator.auth.OAuthClient;
import dev.x3ups.x3.simulator.auth.TokenEndpoint;
import dev.x3ups.x3.simulator.auth.TokenService;
import dev.x3ups.x3.simulator.auth.Users;
import dev.x3ups.x3.simulator.data.Folder;
import dev.x3ups.x3.simulator.data.SeedData;
import dev.x3ups.x3.simulator.data.SimClock;
import dev.x3ups.x3.simulator.fault.Counters;
import dev.x3ups.x3.simulator.fault.FaultInjector;
import dev.x3ups.x3.simulator.fault.Faults;
import dev.x3ups.x3.simulator.graphql.GraphQlHandler;
import dev.x3ups.x3.simulator.graphql.X3GraphQl;
import dev.x3ups.x3.simulator.http.HttpServerAdapter;
import dev.x3ups.x3.simulator.writeback.WriteBackService;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Random;

/**
 * A running Sage X3 simulator: api1, GraphQL, gateway tokens and the admin API on one HTTP port.
 * Start with {@link #builder()}; close to stop.
 */
public final class X3Simulator implements AutoCloseable {

    public static final String DEFAULT_USER = "wsconnector";
    public static final String DEFAULT_PASSWORD = "Connector#2025";
    public static final String DEFAULT_APP_ID = "x3ups-connector";
    public static final String DEFAULT_APP_SECRET = "x3ups-connected-app-secret-0123456789abcdef";
    public static final String DEFAULT_OAUTH_CLIENT_ID = "x3ups-cloud-app";
    public static final String DEFAULT_OAUTH_CLIENT_SECRET = "x3ups-cloud-app-secret";

    private final Map<String, Folder> folders;
    private final SimClock clock;
    private final Faults faults;
    private final Counters counters;
    private final TokenService tokens;
    private final HttpServerAdapter server;
    private final String host;
    private volatile boolean graphqlUpdate;

    private X3Simulator(Builder b) throws IOException {
        this.clock = new SimClock(Clock.systemUTC(), b.dataClockStart);
        this.folders = new LinkedHashMap<>();
        for (String endpoint : b.endpoints) {
            Folder folder = new Folder(endpoint, SeedData.masterData(), clock);
            folder.seed(b.seed, b.salesOrders, b.purchaseOrders);
            folders.put(endpoint, folder);
        }
        this.faults = new Faults();
        this.counters = new Counters();
        this.graphqlUpdate = b.graphqlUpdate;
        this.host = b.host;
        Users users = new Users();
        b.users.forEach(users::add);
        AuthSettings settings = new AuthSettings(users, List.copyOf(b.connectedApps), List.copyOf(b.oauthClients),
                b.accessTokenLifetime, b.refreshTokenLifetime, b.authorizationCodeLifetime, b.jwtClockSkew, b.authClock);
        this.tokens = new TokenService(settings);
        Authenticator authenticator = new Authenticator(users, tokens,
                new ConnectedAppVerifier(settings, tokens::expiredBefore));
        FaultInjector injector = new FaultInjector(faults, counters, new Random(b.seed));
        WriteBackService writeBack = new WriteBackService(counters);
        Representations representations = new Representations();
        Api1Handler api1 = new Api1Handler(folders, representations, authenticator, injector, counters, writeBack,
                b.dimensionStyle);
        GraphQlHandler graphQl = new GraphQlHandler(folders, new X3GraphQl(counters, writeBack, () -> graphqlUpdate),
                authenticator, injector, counters);
        AdminHandler admin = new AdminHandler(folders, clock, faults, counters, tokens, representations,
                new ResourceWriter(b.dimensionStyle));
        // baseUrl() needs the bound port; nobody can call before the port is known, so a late read is safe.
        TokenEndpoint tokenEndpoint = new TokenEndpoint(tokens, counters, this::baseUrl);
        this.server = new HttpServerAdapter(b.host, b.port, b.threads,
                new Router(api1, graphQl, tokenEndpoint, admin, injector));
    }

    public static Builder builder() {
        return new Builder();
    }

    public int port() {
        return server.port();
    }

    /** {@code http://host:port}, no trailing slash. */
    public String baseUrl() {
        return "http://" + host + ":" + port();
    }

    /** {@code http://host:port/api1/x3/erp/{endpoint}}. */
    public String api1Url(String endpoint) {
        return baseUrl() + "/api1/x3/erp/" + endpoint;
    }

    public String graphQlUrl() {
        return baseUrl() + "/xtrem/api";
    }

    /** The server clock that stamps UPDDATTIM (freeze, advance). */
    public SimClock clock() {
        return clock;
    }

    public Faults faults() {
        return faults;
    }

    public Counters counters() {
        return counters;
    }

    /** Gateway tokens: mint authorization codes, expire all access tokens. */
    public TokenService auth() {
        return tokens;
    }

    /** Fault: every issued access token and every connected-app JWT minted so far stops working. */
    public void expireAllTokens() {
        tokens.expireAllAccessTokens();
    }

    public void graphqlUpdate(boolean enabled) {
        this.graphqlUpdate = enabled;
    }

    /** Admin API of the first endpoint. */
    public X3Admin admin() {
        return new X3Admin(folders.values().iterator().next());
    }

    public X3Admin admin(String endpoint) {
        Folder f = folders.get(endpoint);
        if (f == null) {
            throw new NoSuchElementException("unknown endpoint " + endpoint);
        }
        return new X3Admin(f);
    }

    public List<String> endpoints() {
        return List.copyOf(folders.keySet());
    }

    @Override
    public void close() {
        server.close();
    }

    /** Settings of a simulator; every one has a working default. */
    public static final class Builder {
        private String host = "127.0.0.1";
        private int port;
        private int threads = 16;
        private final List<String> endpoints = new ArrayList<>();
        private final Map<String, String> users = new LinkedHashMap<>(Map.of(DEFAULT_USER, DEFAULT_PASSWORD, "admin", "admin"));
        private final List<ConnectedApp> connectedApps = new ArrayList<>(List.of(
                new ConnectedApp(DEFAULT_APP_ID, DEFAULT_APP_SECRET, DEFAULT_USER, Duration.ofSeconds(600))));
        private final List<OAuthClient> oauthClients = new ArrayList<>(List.of(
                new OAuthClient(DEFAULT_OAUTH_CLIENT_ID, DEFAULT_OAUTH_CLIENT_SECRET)));
        private Duration accessTokenLifetime = Duration.ofMinutes(5);
        private Duration refreshTokenLifetime = Duration.ofDays(30);
        private Duration authorizationCodeLifetime = Duration.ofMinutes(10);
        private Duration jwtClockSkew = Duration.ofSeconds(5);
        private Clock authClock = Clock.systemUTC();
        private DimensionStyle dimensionStyle = DimensionStyle.ARRAY;
        private boolean graphqlUpdate = true;
        private long seed = 42;
        private int salesOrders = 25;
        private int purchaseOrders = 10;
        private Instant dataClockStart;

        private Builder() {
        }

        public Builder host(String host) {
            this.host = host;
            return this;
        }

        /** 0 (default) picks a free port. */
        public Builder port(int port) {
            this.port = port;
            return this;
        }

        public Builder threads(int threads) {
            this.threads = threads;
            return this;
        }

        /** Syracuse endpoints (one folder each); default {@code SEED}. */
        public Builder endpoints(String... names) {
            endpoints.clear();
            endpoints.addAll(List.of(names));
            return this;
        }

        public Builder user(String login, String password) {
            users.put(login, password);
            return this;
        }

        /** Adds a connected application; the secret must be at least 32 bytes (HS256). */
        public Builder connectedApp(String clientId, String secret, String user, Duration validity) {
            connectedApps.add(new ConnectedApp(clientId, secret, user, validity));
            return this;
        }

        public Builder oauthClient(String clientId, String secret) {
            oauthClients.add(new OAuthClient(clientId, secret));
            return this;
        }

        public Builder accessTokenLifetime(Duration d) {
            this.accessTokenLifetime = d;
            return this;
        }

        public Builder refreshTokenLifetime(Duration d) {
            this.refreshTokenLifetime = d;
            return this;
        }

        public Builder authorizationCodeLifetime(Duration d) {
            this.authorizationCodeLifetime = d;
            return this;
        }

        public Builder jwtClockSkew(Duration d) {
            this.jwtClockSkew = d;
            return this;
        }

        /** Wall clock for token issue and expiry (not the data clock). */
        public Builder authClock(Clock clock) {
            this.authClock = clock;
            return this;
        }

        public Builder dimensionStyle(DimensionStyle style) {
            this.dimensionStyle = style;
            return this;
        }

        public Builder graphqlUpdate(boolean enabled) {
            this.graphqlUpdate = enabled;
            return this;
        }

        public Builder seed(long seed) {
            this.seed = seed;
            return this;
        }

        public Builder salesOrders(int n) {
            this.salesOrders = n;
            return this;
        }

        public Builder purchaseOrders(int n) {
            this.purchaseOrders = n;
            return this;
        }

        /** Where the data clock starts (default: now). Seed orders are stamped in the 3 days before. */
        public Builder dataClockStart(Instant start) {
            this.dataClockStart = start;
            return this;
        }

        public X3Simulator start() {
            if (endpoints.isEmpty()) {
                endpoints.add("SEED");
            }
            try {
                return new X3Simulator(this);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot start the X3 simulator", e);
            }
        }
    }
}
