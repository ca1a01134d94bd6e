package dev.x3ups.x3.client.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.x3ups.client.Secret;
import dev.x3ups.records.Order;
import dev.x3ups.records.OrderKind;
import dev.x3ups.records.OrderLine;
import dev.x3ups.testing.MutableClock;
import dev.x3ups.x3.client.ItemMasterConfig;
import dev.x3ups.x3.client.OrderFeed;
import dev.x3ups.x3.client.OrderPage;
import dev.x3ups.x3.client.OrderSelection;
import dev.x3ups.x3.client.Transport;
import dev.x3ups.x3.client.X3Client;
import dev.x3ups.x3.client.X3ClientConfig;
import dev.x3ups.x3.client.X3Exception;
import dev.x3ups.x3.client.X3Representation;
import dev.x3ups.x3.client.auth.BasicCredentials;
import dev.x3ups.x3.client.auth.ConnectedAppCredentials;
import dev.x3ups.x3.client.rest.RestOrderFeed;
import dev.x3ups.x3.simulator.X3Simulator;
import dev.x3ups.x3.simulator.data.PurchaseOrderDraft;
import dev.x3ups.x3.simulator.data.SalesOrderDraft;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What a commercial invoice needs, read from the X3 simulator over both transports: the ship-to
 * (sales) and supplier (purchase) phone and e-mail, and per line the net price, HS code, country of
 * origin and item family of the item master.
 */
class CustomsDataOnSimulatorTest {
    private static final Instant START = Instant.parse("2025-01-15T10:00:00Z");

    private final MutableClock authClock = new MutableClock(Instant.parse("2025-01-16T08:00:00Z"));
    private X3Simulator sim;
    private String salesOrder;
    private String purchaseOrder;

    @BeforeEach
    void start() {
        sim = X3Simulator.builder().port(0).dataClockStart(START).authClock(authClock).start();
        sim.clock().freeze();
        sim.clock().advance(Duration.ofMinutes(1));
        // Atlanta to Munich: IT0001 has customs data, IT0013's item master has no HS code
        salesOrder = sim.admin().createSalesOrder(SalesOrderDraft.forCustomer("C0010").site("ATL")
                .line("IT0001", 2).line("IT0013", 1)).number();
        // Freiburg to Atlanta
        purchaseOrder = sim.admin().createPurchaseOrder(PurchaseOrderDraft.forSupplier("S0005")
                .receivingSite("ATL").line("IT0003", 4)).number();
    }

    @AfterEach
    void stop() {
        sim.close();
    }

    private X3ClientConfig.Builder rest() {
        return X3ClientConfig.builder().baseUrl(sim.baseUrl()).endpoint("SEED")
                .credentials(new BasicCredentials(X3Simulator.DEFAULT_USER, Secret.of(X3Simulator.DEFAULT_PASSWORD)));
    }

    private X3ClientConfig.Builder graphQl() {
        return X3ClientConfig.builder().baseUrl(sim.baseUrl()).endpoint("SEED").transport(Transport.GRAPHQL)
                .credentials(new ConnectedAppCredentials(X3Simulator.DEFAULT_APP_ID,
                        Secret.of(X3Simulator.DEFAULT_APP_SECRET), X3Simulator.DEFAULT_USER, null, Duration.ofMinutes(5)));
    }

    private static List<Order> walk(OrderFeed feed, OrderKind kind) throws X3Exception {
        List<Order> orders = new ArrayList<>();
        OrderPage page = feed.firstPage(kind, START, OrderSelection.ALL, 10);
        orders.addAll(page.orders());
        while (page.hasNext()) {
            page = feed.nextPage(page);
            orders.addAll(page.orders());
        }
        return orders;
    }

    private void assertCustomsData(OrderFeed feed) throws X3Exception {
        Order sales = walk(feed, OrderKind.SALES).stream().filter(o -> o.number().equals(salesOrder))
                .findFirst().orElseThrow();
        assertThat(sales.shipTo().countryCode()).isEqualTo("DE");
        assertThat(sales.shipTo().phone()).isEqualTo("+49 89 123456");
        assertThat(sales.shipTo().email()).isEqualTo("wareneingang@mueller-soehne.example");
        assertThat(sales.shipTo().attention()).isEqualTo("Jürgen Weiß");
        OrderLine backpack = sales.lines().get(0);
        assertThat(backpack.item()).isEqualTo("IT0001");
        assertThat(backpack.unitPrice()).isEqualByComparingTo("89.90");
        assertThat(backpack.commodityCode()).isEqualTo("420292");
        assertThat(backpack.originCountry()).isEqualTo("VN");
        assertThat(backpack.itemFamily()).isEqualTo("OUTDR");
        OrderLine capsules = sales.lines().get(1);
        assertThat(capsules.item()).isEqualTo("IT0013");
        assertThat(capsules.commodityCode()).as("the item master has no HS code").isNull();
        assertThat(capsules.originCountry()).isEqualTo("FR");

        Order purchase = walk(feed, OrderKind.PURCHASE).stream().filter(o -> o.number().equals(purchaseOrder))
                .findFirst().orElseThrow();
        assertThat(purchase.shipFrom().countryCode()).isEqualTo("DE");
        assertThat(purchase.shipFrom().phone()).isEqualTo("+49 761 555 0199");
        assertThat(purchase.shipFrom().email()).isEqualTo("versand@schwarzwald-praezision.example");
        assertThat(purchase.lines()).singleElement().satisfies(line -> {
            assertThat(line.unitPrice()).isEqualByComparingTo("24.50");
            assertThat(line.commodityCode()).isEqualTo("731815");
            assertThat(line.originCountry()).isEqualTo("DE");
            assertThat(line.itemFamily()).isEqualTo("HARDW");
        });
    }

    @Test
    void standardRepresentationsAreCompletedFromTheItemMasterAndBusinessPartnersReadOnce() throws Exception {
        try (X3Client client = X3Client.open(rest().build())) {
            RestOrderFeed feed = (RestOrderFeed) client.orderFeed();
            assertCustomsData(feed);
            long reads = feed.itemCacheMisses();
            assertThat(reads).as("IT0001, IT0013, IT0003").isEqualTo(3);

            assertCustomsData(feed);
            assertThat(feed.itemCacheMisses()).as("the second walk reads no item again").isEqualTo(reads);
            assertThat(feed.itemCacheHits()).isEqualTo(3);
        }
    }

    @Test
    void shippingFeedRepresentationsCarryTheContactsThemselves() throws Exception {
        try (OrderFeed feed = X3Client.orderFeed(rest()
                .representation(OrderKind.SALES, X3Representation.of("SORDER", "YSOSHIP"))
                .representation(OrderKind.PURCHASE, X3Representation.of("PORDER", "YPOSHIP")).build())) {
            assertCustomsData(feed);
        }
    }

    @Test
    void itemMasterAgedOutIsReadAgain() throws Exception {
        MutableClock clock = new MutableClock(Instant.parse("2025-01-16T08:00:00Z"));
        ItemMasterConfig items = new ItemMasterConfig("CUSREF", "YORICRY", "customsReference", "yOriginCountry",
                100, Duration.ofMinutes(10));
        try (X3Client client = X3Client.open(rest().itemMaster(items).build(), clock)) {
            RestOrderFeed feed = (RestOrderFeed) client.orderFeed();
            walk(feed, OrderKind.SALES);
            clock.advance(Duration.ofMinutes(11));
            walk(feed, OrderKind.SALES);
            assertThat(feed.itemCacheMisses()).isEqualTo(4);
            assertThat(feed.itemCacheHits()).isZero();
        }
    }

    @Test
    void customsFieldsAreSettingsAndABlankOneIsNotRead() throws Exception {
        ItemMasterConfig noOrigin = new ItemMasterConfig("CUSREF", "", "customsReference", " ", 100,
                Duration.ofHours(1));
        try (OrderFeed feed = X3Client.orderFeed(rest().itemMaster(noOrigin).build())) {
            Order sales = walk(feed, OrderKind.SALES).get(0);
            assertThat(sales.lines().get(0).commodityCode()).isEqualTo("420292");
            assertThat(sales.lines().get(0).originCountry()).isNull();
        }
    }

    @Test
    void graphQlSelectsTheCustomsPropertiesOfTheProduct() throws Exception {
        try (X3Client client = X3Client.open(graphQl().build(), authClock)) {
            assertCustomsData(client.orderFeed());
        }
    }
}
