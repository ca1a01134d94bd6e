package dev.x3ups.x3.client;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.x3ups.records.OrderKind;
import dev.x3ups.x3.client.auth.Authenticators;
import dev.x3ups.x3.client.graphql.GraphQlOrderFeed;
import dev.x3ups.x3.client.graphql.GraphQlTransport;
import dev.x3ups.x3.client.http.RequestAuthenticator;
import dev.x3ups.x3.client.http.X3Http;
import dev.x3ups.x3.client.mapping.PurchaseOrderRows;
import dev.x3ups.x3.client.mapping.SalesOrderRows;
import dev.x3ups.x3.client.rest.Api1Urls;
import dev.x3ups.x3.client.rest.RestOrderFeed;
import dev.x3ups.x3.client.rest.RestRecordClient;
import java.time.Clock;
import java.util.Map;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;

/**
 * One X3 endpoint: the HTTP connection pool, the credentials and the clients built on them. Open one
 * per connector task and close it when the task stops.
 */
public final class X3Client implements AutoCloseable {
    private final X3ClientConfig config;
    private final OkHttpClient okHttp;
    private final X3Http http;
    private final HttpUrl server;
    private final Clock clock;

    private X3Client(X3ClientConfig config, Clock clock) {
        this.config = config;
        this.clock = clock;
        this.server = HttpUrl.get(config.baseUrl());
        this.okHttp = new OkHttpClient.Builder()
                .connectTimeout(config.connectTimeout())
                .readTimeout(config.readTimeout())
                .writeTimeout(config.readTimeout())
                .callTimeout(config.callTimeout())
                .retryOnConnectionFailure(false) // retries are the caller's decision, with backoff
                .build();
        ObjectMapper json = new ObjectMapper().configure(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS, true);
        X3Http tokenHttp = new X3Http(okHttp, RequestAuthenticator.NONE, json);
        RequestAuthenticator authenticator = Authenticators.of(
                config.credentials(), tokenHttp, server, clock, config.tokenRenewAhead());
        this.http = new X3Http(okHttp, authenticator, json, config.transientMessages());
    }

    public static X3Client open(X3ClientConfig config) {
        return new X3Client(config, Clock.systemUTC());
    }

    /** With the clock that decides token issue and renewal times. */
    public static X3Client open(X3ClientConfig config, Clock clock) {
        return new X3Client(config, clock);
    }

    /**
     * An order feed that owns its own client: closing the feed closes the connections. What a source
     * task needs.
     */
    public static OrderFeed orderFeed(X3ClientConfig config) {
        X3Client client = open(config);
        OrderFeed feed = client.orderFeed();
        return new OrderFeed() {
            @Override
            public OrderPage firstPage(OrderKind kind, java.time.Instant since, OrderSelection selection, int pageSize)
                    throws X3Exception {
                return feed.firstPage(kind, since, selection, pageSize);
            }

            @Override
            public OrderPage nextPage(OrderPage previous) throws X3Exception {
                return feed.nextPage(previous);
            }

            @Override
            public void checkAccess() throws X3Exception {
                feed.checkAccess();
            }

            @Override
            public void close() {
                feed.close();
                client.close();
            }
        };
    }

    public X3ClientConfig config() {
        return config;
    }

    /** The order feed over the configured transport; closing it leaves this client open. */
    public OrderFeed orderFeed() {
        if (config.transport() == Transport.GRAPHQL) {
            return new GraphQlOrderFeed(graphQl(), config.folder(), config.itemMaster(), config.writeBackLookup());
        }
        return new RestOrderFeed(http, api1(), config.folder(),
                Map.of(OrderKind.SALES, config.representation(OrderKind.SALES),
                        OrderKind.PURCHASE, config.representation(OrderKind.PURCHASE)),
                Map.of(OrderKind.SALES, new SalesOrderRows(config.itemMaster()),
                        OrderKind.PURCHASE, new PurchaseOrderRows(config.itemMaster())),
                config.itemMaster(), clock, config.writeBackLookup());
    }

    /** api1 read/create/edit of writable classes, such as the tracking write-back class. */
    public X3RecordClient records() {
        return new RestRecordClient(http, api1());
    }

    /** GraphQL queries and mutations on the configured GraphQL path. */
    public X3GraphQlClient graphQl() {
        HttpUrl url = server.resolve(config.graphQlPath());
        return new GraphQlTransport(http, url, config.graphQlEndpointHeader(), config.endpoint());
    }

    private Api1Urls api1() {
        return new Api1Urls(server, config.endpoint());
    }

    @Override
    public void close() {
        okHttp.dispatcher().executorService().shutdown();
        okHttp.connectionPool().evictAll();
    }

    @Override
    public String toString() {
        return "X3Client{" + config + "}";
    }
}
