package dev.x3ups.x3.client.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.x3ups.client.Secret;
import dev.x3ups.records.Order;
import dev.x3ups.records.OrderKind;
import dev.x3ups.records.WriteBack;
import dev.x3ups.testing.MutableClock;
import dev.x3ups.x3.client.OrderFeed;
import dev.x3ups.x3.client.OrderPage;
import dev.x3ups.x3.client.OrderSelection;
import dev.x3ups.x3.client.TestSupport;
import dev.x3ups.x3.client.Transport;
import dev.x3ups.x3.client.WriteBackLookup;
import dev.x3ups.x3.client.X3AuthenticationException;
import dev.x3ups.x3.client.X3Client;
import dev.x3ups.x3.client.X3ClientConfig;
import dev.x3ups.x3.client.X3Exception;
import dev.x3ups.x3.client.X3RejectedException;
import dev.x3ups.x3.client.auth.ClientCredentials;
import dev.x3ups.x3.client.auth.ConnectedAppCredentials;
import dev.x3ups.x3.client.auth.FileRefreshTokenStore;
import dev.x3ups.x3.client.auth.RefreshTokenCredentials;
import dev.x3ups.x3.simulator.X3Simulator;
import dev.x3ups.x3.simulator.data.PurchaseOrderDraft;
import dev.x3ups.x3.simulator.data.SalesOrderDraft;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The GraphQL order feed against the X3 simulator, with each token-based auth mode. The simulator's
 * token clock and the client's are one test clock, so expiry and renewal are driven by hand.
 */
class GraphQlFeedOnSimulatorTest {
    private static final Instant START = Instant.parse("2025-01-15T10:00:00Z");

    @TempDir
    Path folder;

    private final MutableClock authClock = new MutableClock(Instant.parse("2025-01-16T08:00:00Z"));
    private X3Simulator sim;

    @BeforeEach
    void start() {
        sim = X3Simulator.builder().port(0).dataClockStart(START).authClock(authClock).start();
        sim.clock().freeze();
    }

    @AfterEach
    void stop() {
        sim.close();
    }

    private X3ClientConfig.Builder config() {
        return X3ClientConfig.builder().baseUrl(sim.baseUrl()).endpoint("SEED").transport(Transport.GRAPHQL);
    }

    private ConnectedAppCredentials connectedApp() {
        return new ConnectedAppCredentials(X3Simulator.DEFAULT_APP_ID, Secret.of(X3Simulator.DEFAULT_APP_SECRET),
                X3Simulator.DEFAULT_USER, null, Duration.ofMinutes(5));
    }

    private String pairedRefreshToken() {
        String code = sim.auth().issueAuthorizationCode(X3Simulator.DEFAULT_OAUTH_CLIENT_ID, null);
        return sim.auth().exchangeCode(code, X3Simulator.DEFAULT_OAUTH_CLIENT_ID,
                X3Simulator.DEFAULT_OAUTH_CLIENT_SECRET).refreshToken();
    }

    private RefreshTokenCredentials refreshCredentials(String refreshToken, Path store) {
        return new RefreshTokenCredentials("/v1/token", X3Simulator.DEFAULT_OAUTH_CLIENT_ID,
                Secret.of(X3Simulator.DEFAULT_OAUTH_CLIENT_SECRET), Secret.of(refreshToken), store, null, null);
    }

    private static List<Order> walk(OrderFeed feed, OrderKind kind, Instant since, OrderSelection selection,
                                    int pageSize) throws X3Exception {
        List<Order> orders = new ArrayList<>();
        OrderPage page = feed.firstPage(kind, since, selection, pageSize);
        orders.addAll(page.orders());
        while (page.hasNext()) {
            page = feed.nextPage(page);
            orders.addAll(page.orders());
        }
        return orders;
    }

    private List<String> createSales(int n) {
        List<String> numbers = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            numbers.add(sim.admin().createSalesOrder(SalesOrderDraft.forCustomer("C000" + (1 + i % 4))
                    .site(i % 2 == 0 ? "ATL" : "RNO").line("IT0001", 1 + i).line("IT0004", 2)).number());
        }
        return numbers;
    }

    @Test
    void connectedAppTokenPagesThroughOrdersSharingOneStampAndSurvivesTokenExpiry() throws Exception {
        sim.clock().advance(Duration.ofMinutes(1));
        List<String> created = createSales(5);

        try (X3Client client = X3Client.open(config().credentials(connectedApp()).build(), authClock)) {
            OrderFeed feed = client.orderFeed();
            List<Order> orders = walk(feed, OrderKind.SALES, START.plusSeconds(30), OrderSelection.ALL, 2);
            assertThat(orders).extracting(Order::number).containsExactlyElementsOf(created);
            assertThat(orders).allSatisfy(order -> {
                assertThat(order.lines()).hasSize(2);
                assertThat(order.shipTo().countryCode()).isNotEmpty();
                assertThat(order.revision()).isEqualTo(START.plus(Duration.ofMinutes(1)));
            });

            // X3 judges iat in whole seconds: expire one second after issue, renew one second later
            authClock.advance(Duration.ofSeconds(1));
            sim.expireAllTokens();
            authClock.advance(Duration.ofSeconds(1));
            OrderSelection atl = new OrderSelection(Set.of("1"), Set.of(), Set.of(), Set.of("ATL"), null);
            assertThat(walk(feed, OrderKind.SALES, START.plusSeconds(30), atl, 10)).extracting(Order::number)
                    .containsExactly(created.get(0), created.get(2), created.get(4));
        }
        assertThat(sim.counters().get("auth.rejected")).as("one refusal, then a fresh token").isEqualTo(1);
    }

    @Test
    void salesOrdersCarryTheTrackingNumbersTheX3SinkWroteThroughTheUpdateMutation() throws Exception {
        sim.clock().advance(Duration.ofMinutes(1));
        List<String> created = createSales(2);

        try (X3Client client = X3Client.open(config().credentials(connectedApp())
                .writeBackLookup(WriteBackLookup.DEFAULT).build(), authClock)) {
            client.graphQl().execute("mutation W($data: SalesOrderUpdateInput!) { x3Sales { salesOrder "
                    + "{ update(data: $data) { id } } } }", Map.of("data", Map.of("id", created.get(0),
                    "yTrackingNumbers", List.of("1Z999AA10123456784"), "yCarrierStatusCode", "M")));

            List<Order> orders = walk(client.orderFeed(), OrderKind.SALES, START.plusSeconds(30), OrderSelection.ALL, 10);

            assertThat(orders).extracting(Order::number).containsExactlyElementsOf(created);
            assertThat(orders.get(0).writeBack()).isEqualTo(new WriteBack(List.of("1Z999AA10123456784"), null, null));
            assertThat(orders.get(1).writeBack()).isNull();
        }
    }

    @Test
    void withdrawnOrdersComeThroughTheOpenStatusFilterAsCancelled() throws Exception {
        sim.clock().advance(Duration.ofMinutes(1));
        Instant bound = sim.clock().now();
        List<String> created = createSales(3);
        String purchase = sim.admin().createPurchaseOrder(PurchaseOrderDraft.forSupplier("S0002").receivingSite("RNO")
                .line("IT0003", 4)).number();
        sim.clock().advance(Duration.ofMinutes(1));
        sim.admin().cancel(dev.x3ups.x3.simulator.data.OrderKind.SALES, created.get(0));
        sim.admin().closeLine(dev.x3ups.x3.simulator.data.OrderKind.SALES, created.get(1), 1000);
        sim.admin().closeLine(dev.x3ups.x3.simulator.data.OrderKind.PURCHASE, purchase, 1000);
        OrderSelection open = new OrderSelection(Set.of("1"), Set.of(), Set.of(), Set.of(), null)
                .withCancellationsSince(bound);

        try (X3Client client = X3Client.open(config().credentials(connectedApp()).build(), authClock)) {
            OrderFeed feed = client.orderFeed();
            List<Order> sales = walk(feed, OrderKind.SALES, START.plusSeconds(30), open, 10);
            assertThat(sales).extracting(Order::number, Order::status).contains(
                    org.assertj.core.groups.Tuple.tuple(created.get(0), Order.CANCELLED),
                    org.assertj.core.groups.Tuple.tuple(created.get(1), "OPEN"),
                    org.assertj.core.groups.Tuple.tuple(created.get(2), "OPEN"));
            assertThat(walk(feed, OrderKind.PURCHASE, START.plusSeconds(30), open, 10))
                    .filteredOn(order -> order.number().equals(purchase)).extracting(Order::status)
                    .containsExactly(Order.CANCELLED);
        }
    }

    @Test
    void refreshTokenRotatesAheadOfExpiryAndIsPersistedForARestart() throws Exception {
        sim.clock().advance(Duration.ofMinutes(1));
        String number = sim.admin().createPurchaseOrder(PurchaseOrderDraft.forSupplier("S0002").receivingSite("RNO")
                .line("IT0003", 4)).number();
        Path store = folder.resolve("x3-refresh.json");
        String paired = pairedRefreshToken();
        X3ClientConfig config = config().cloudGateway().credentials(refreshCredentials(paired, store)).build();

        try (X3Client client = X3Client.open(config, authClock)) {
            OrderFeed feed = client.orderFeed();
            assertThat(walk(feed, OrderKind.PURCHASE, START.plusSeconds(30), OrderSelection.ALL, 10))
                    .singleElement().satisfies(order -> {
                        assertThat(order.number()).isEqualTo(number);
                        assertThat(order.site()).isEqualTo("RNO");
                        assertThat(order.shipTo().city()).isEqualTo("Reno");
                        assertThat(order.shipFrom().countryCode()).isNotEmpty();
                        assertThat(order.lines()).singleElement()
                                .satisfies(line -> assertThat(line.item()).isEqualTo("IT0003"));
                    });
            authClock.advance(Duration.ofMinutes(4).plusSeconds(30)); // inside the renewal window, not expired
            feed.checkAccess();
        }
        assertThat(sim.counters().get("token.refresh_token")).isEqualTo(2);
        assertThat(sim.counters().get("auth.rejected")).as("renewed before X3 refused anything").isZero();

        // a restart reads the newest refresh token from the file; the paired one was used up by rotation
        try (X3Client restarted = X3Client.open(config, authClock)) {
            restarted.orderFeed().checkAccess();
        }
        assertThat(new FileRefreshTokenStore(store, TestSupport.JSON).load().orElseThrow().token().reveal())
                .isNotEqualTo(paired);
        X3ClientConfig stale = config().cloudGateway().credentials(refreshCredentials(paired, null)).build();
        try (X3Client client = X3Client.open(stale, authClock)) {
            assertThatThrownBy(() -> client.orderFeed().checkAccess()).isInstanceOf(X3AuthenticationException.class)
                    .hasMessageContaining("invalid_grant").hasMessageNotContaining(paired);
        }
    }

    @Test
    void clientCredentialsOnTheGatewayPath() throws Exception {
        sim.clock().advance(Duration.ofMinutes(1));
        List<String> created = createSales(2);
        X3ClientConfig config = config().cloudGateway().credentials(new ClientCredentials("/v1/token",
                X3Simulator.DEFAULT_OAUTH_CLIENT_ID, Secret.of(X3Simulator.DEFAULT_OAUTH_CLIENT_SECRET), null, null))
                .build();

        try (X3Client client = X3Client.open(config, authClock)) {
            assertThat(walk(client.orderFeed(), OrderKind.SALES, START.plusSeconds(30), OrderSelection.ALL, 20))
                    .extracting(Order::number).containsExactlyElementsOf(created);
        }
        assertThat(sim.counters().get("token.client_credentials")).isEqualTo(1);
    }

    @Test
    void badFiltersAndWrongSecretsAreTypedErrors() throws Exception {
        try (X3Client client = X3Client.open(config().credentials(connectedApp()).build(), authClock)) {
            OrderSelection bad = new OrderSelection(Set.of(), Set.of(), Set.of(), Set.of(), "{noSuchProperty: {_eq: 1}}");
            // from before the seed orders, so the simulator has rows to evaluate the filter on
            assertThatThrownBy(() -> client.orderFeed().firstPage(OrderKind.SALES, START.minus(Duration.ofDays(5)), bad, 5))
                    .isInstanceOf(X3RejectedException.class).hasMessageContaining("noSuchProperty");
        }
        ConnectedAppCredentials wrong = new ConnectedAppCredentials(X3Simulator.DEFAULT_APP_ID,
                Secret.of("a-wrong-secret-that-is-long-enough-for-hs256"), X3Simulator.DEFAULT_USER, null, null);
        try (X3Client client = X3Client.open(config().credentials(wrong).build(), authClock)) {
            assertThatThrownBy(() -> client.orderFeed().checkAccess())
                    .isInstanceOf(X3AuthenticationException.class)
                    .hasMessageNotContaining("a-wrong-secret");
        }
    }
}
