package dev.x3ups.x3.client.rest;

import static dev.x3ups.x3.client.TestSupport.json;
import static dev.x3ups.x3.client.TestSupport.resource;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.x3ups.records.Order;
import dev.x3ups.records.OrderKind;
import dev.x3ups.x3.client.OrderPage;
import dev.x3ups.x3.client.OrderSelection;
import dev.x3ups.x3.client.TestSupport;
import dev.x3ups.x3.client.X3RejectedException;
import dev.x3ups.x3.client.X3Representation;
import dev.x3ups.x3.client.X3TransientException;
import dev.x3ups.x3.client.http.RequestAuthenticator;
import dev.x3ups.x3.client.http.X3Http;
import dev.x3ups.x3.client.mapping.PurchaseOrderRows;
import dev.x3ups.x3.client.mapping.SalesOrderRows;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.Test;

class RestOrderFeedTest {
    private static final Instant SINCE = Instant.parse("2025-01-15T10:00:00Z");

    @StartStop
    final MockWebServer server = new MockWebServer();

    private RestOrderFeed feed(X3Representation sales) {
        return new RestOrderFeed(TestSupport.http(RequestAuthenticator.NONE),
                new Api1Urls(server.url("/"), "SEED"), "SEED",
                Map.of(OrderKind.SALES, sales, OrderKind.PURCHASE, X3Representation.of("PORDER", "YPOSHIP")),
                Map.of(OrderKind.SALES, new SalesOrderRows(), OrderKind.PURCHASE, new PurchaseOrderRows()));
    }

    private static String row(String number, String updated) {
        return "{\"$key\":\"" + number + "\",\"SOHNUM\":\"" + number + "\",\"UPDDATTIM\":\"" + updated
                + "\",\"BPDCRY\":\"US\",\"SOHSOP\":[]}";
    }

    @Test
    void queriesByUpdateTimeWithTieBreakAndFollowsNextVerbatim() throws Exception {
        String next = server.url("/api1/x3/erp/SEED/SORDER").toString()
                + "?representation=YSOSHIP.$query&count=2&orderBy=UPDDATTIM%20asc,SOHNUM%20asc"
                + "&where=(UPDDATTIM%20ge%20@2025-01-15T10:00:00Z@)&key=gt.2025-01-15T10:00:05Z~SO000002";
        server.enqueue(json(200, "{\"$itemsPerPage\":2,\"$resources\":[" + row("SO000001", "2025-01-15T10:00:05Z")
                + "," + row("SO000002", "2025-01-15T10:00:05Z") + "],\"$links\":{\"$next\":{\"$url\":\"" + next + "\"}}}"));
        server.enqueue(json(200, "{\"$resources\":[" + row("SO000003", "2025-01-15T10:00:05Z") + "],\"$links\":{}}"));
        RestOrderFeed feed = feed(X3Representation.of("SORDER", "YSOSHIP"));

        OrderPage first = feed.firstPage(OrderKind.SALES, SINCE,
                new OrderSelection(Set.of("1"), Set.of(), Set.of("UPS"), Set.of(), null), 2);
        OrderPage second = feed.nextPage(first);

        assertThat(first.orders()).extracting(Order::number).containsExactly("SO000001", "SO000002");
        assertThat(first.continuation()).isEqualTo(HttpUrl.get(next).toString());
        assertThat(second.orders()).extracting(Order::number).containsExactly("SO000003");
        assertThat(second.hasNext()).isFalse();

        HttpUrl firstUrl = server.takeRequest().getUrl();
        assertThat(firstUrl.encodedPath()).isEqualTo("/api1/x3/erp/SEED/SORDER");
        assertThat(firstUrl.queryParameter("representation")).isEqualTo("YSOSHIP.$query");
        assertThat(firstUrl.queryParameter("count")).isEqualTo("2");
        assertThat(firstUrl.queryParameter("orderBy")).isEqualTo("UPDDATTIM asc,SOHNUM asc");
        assertThat(firstUrl.queryParameter("where")).isEqualTo(
                "(UPDDATTIM ge @2025-01-15T10:00:00Z@) and (ORDSTA in (1)) and (BPTNUM in ('UPS'))");
        assertThat(server.takeRequest().getUrl().queryParameter("key")).isEqualTo("gt.2025-01-15T10:00:05Z~SO000002");
    }

    @Test
    void rowsWithoutLinesAreCompletedWithADetailsRead() throws Exception {
        server.enqueue(json(200, "{\"$resources\":[{\"$key\":\"SO000007\",\"SOHNUM\":\"SO000007\","
                + "\"UPDDATTIM\":\"2025-01-15T10:00:05Z\"}]}"));
        server.enqueue(json(200, resource("mapping/ysoship-row-array.json")));
        RestOrderFeed feed = feed(X3Representation.SALES_ORDERS);

        OrderPage page = feed.firstPage(OrderKind.SALES, SINCE, OrderSelection.ALL, 20);

        assertThat(page.orders()).singleElement().satisfies(order -> {
            assertThat(order.lines()).hasSize(2);
            assertThat(order.shipTo().city()).isEqualTo("Stuttgart");
        });
        server.takeRequest();
        RecordedRequest details = server.takeRequest();
        assertThat(details.getUrl().encodedPath()).isEqualTo("/api1/x3/erp/SEED/SORDER('SO000007')");
        assertThat(details.getUrl().queryParameter("representation")).isEqualTo("SORDER.$details");
    }

    @Test
    void aRecordChangedBeforeItsDetailsReadKeepsItsQueryPositionSoThePageStaysInOrder() throws Exception {
        // the details say 10:00:05 (a later change); the query sorted the row at 09:59:00
        server.enqueue(json(200, "{\"$resources\":[{\"$key\":\"SO000007\",\"SOHNUM\":\"SO000007\","
                + "\"UPDDATTIM\":\"2025-01-15T09:59:00Z\"}]}"));
        server.enqueue(json(200, resource("mapping/ysoship-row-array.json")));
        RestOrderFeed feed = feed(X3Representation.SALES_ORDERS);

        OrderPage page = feed.firstPage(OrderKind.SALES, SINCE, OrderSelection.ALL, 20);

        assertThat(page.orders()).singleElement()
                .satisfies(order -> assertThat(order.revision()).isEqualTo(Instant.parse("2025-01-15T09:59:00Z")));
    }

    @Test
    void aDetailsReadThatFailsTransientlyIsRetriedSoThePageStillArrives() throws Exception {
        server.enqueue(json(200, "{\"$resources\":[{\"$key\":\"SO000007\",\"SOHNUM\":\"SO000007\","
                + "\"UPDDATTIM\":\"2025-01-15T10:00:05Z\"}]}"));
        server.enqueue(json(500, "{}"));
        server.enqueue(json(500, "{}"));
        server.enqueue(json(200, resource("mapping/ysoship-row-array.json")));
        RestOrderFeed feed = feedRetryingDetails(4);

        OrderPage page = feed.firstPage(OrderKind.SALES, SINCE, OrderSelection.ALL, 20);

        assertThat(page.orders()).singleElement().satisfies(order -> assertThat(order.lines()).hasSize(2));
        assertThat(server.getRequestCount()).isEqualTo(4);
    }

    @Test
    void aDetailsReadThatKeepsFailingFailsThePageAfterTheLastAttempt() {
        server.enqueue(json(200, "{\"$resources\":[{\"$key\":\"SO000007\",\"SOHNUM\":\"SO000007\","
                + "\"UPDDATTIM\":\"2025-01-15T10:00:05Z\"}]}"));
        for (int i = 0; i < 3; i++) {
            server.enqueue(json(500, "{}"));
        }
        RestOrderFeed feed = feedRetryingDetails(3);

        assertThatThrownBy(() -> feed.firstPage(OrderKind.SALES, SINCE, OrderSelection.ALL, 20))
                .isInstanceOf(X3TransientException.class);
        assertThat(server.getRequestCount()).isEqualTo(4);
    }

    private RestOrderFeed feedRetryingDetails(int attempts) {
        X3Http http = TestSupport.http(RequestAuthenticator.NONE);
        return new RestOrderFeed(http, new Api1Urls(server.url("/"), "SEED"), "SEED",
                Map.of(OrderKind.SALES, X3Representation.SALES_ORDERS, OrderKind.PURCHASE, X3Representation.PURCHASE_ORDERS),
                Map.of(OrderKind.SALES, new SalesOrderRows(), OrderKind.PURCHASE, new PurchaseOrderRows()),
                new DetailsReader(http, attempts, Duration.ofMillis(1), Duration.ofMillis(5), d -> { }));
    }

    @Test
    void anOrderGoneBeforeItsDetailsReadIsSkipped() throws Exception {
        server.enqueue(json(200, "{\"$resources\":[{\"$key\":\"SO1\",\"SOHNUM\":\"SO1\",\"UPDDATTIM\":\"2025-01-15T10:00:05Z\"},"
                + row("SO2", "2025-01-15T10:00:06Z").replace("\"$key\":\"SO2\",", "") + "]}"));
        server.enqueue(json(404, "{\"$diagnoses\":[{\"$severity\":\"error\",\"$message\":\"721 : Record does not exist\"}]}"));

        OrderPage page = feed(X3Representation.SALES_ORDERS).firstPage(OrderKind.SALES, SINCE, OrderSelection.ALL, 20);

        assertThat(page.orders()).extracting(Order::number).containsExactly("SO2");
    }

    @Test
    void purchaseContinuationsAreRecognisedByTheirRepresentation() throws Exception {
        String next = server.url("/api1/x3/erp/SEED/PORDER?representation=YPOSHIP.$query&count=1&key=gt.X").toString();
        server.enqueue(json(200, "{\"$resources\":[" + resource("mapping/ypoship-row.json")
                + "],\"$links\":{\"$next\":{\"$url\":\"" + next + "\"}}}"));
        server.enqueue(json(200, "{\"$resources\":[]}"));
        RestOrderFeed feed = feed(X3Representation.SALES_ORDERS);

        OrderPage first = feed.firstPage(OrderKind.PURCHASE, SINCE, OrderSelection.ALL, 1);
        OrderPage second = feed.nextPage(first);

        assertThat(first.orders()).singleElement().satisfies(o -> assertThat(o.kind()).isEqualTo(OrderKind.PURCHASE));
        assertThat(second.orders()).isEmpty();
        assertThat(server.takeRequest().getUrl().queryParameter("orderBy")).isEqualTo("UPDDATTIM asc,POHNUM asc");
    }

    @Test
    void diagnosesInThe200OfAPageAreRejectionsUnlessTheySayBusy() {
        server.enqueue(json(200, "{\"$diagnoses\":[{\"$severity\":\"error\",\"$message\":\"Folder SEED is not open\"}]}"));
        server.enqueue(json(200, "{\"$diagnoses\":[{\"$severity\":\"error\",\"$message\":\"Web service pool is busy, retry later\"}]}"));

        assertThatThrownBy(() -> feed(X3Representation.SALES_ORDERS)
                .firstPage(OrderKind.SALES, SINCE, OrderSelection.ALL, 20))
                .isInstanceOf(X3RejectedException.class)
                .hasMessageContaining("Folder SEED is not open");
        assertThatThrownBy(() -> feed(X3Representation.SALES_ORDERS)
                .firstPage(OrderKind.SALES, SINCE, OrderSelection.ALL, 20))
                .isInstanceOf(X3TransientException.class)
                .hasMessageContaining("Web service pool is busy");
    }

    @Test
    void serverErrorsOnAPageAreTransient() {
        server.enqueue(json(500, "{}"));

        assertThatThrownBy(() -> feed(X3Representation.SALES_ORDERS)
                .firstPage(OrderKind.SALES, SINCE, OrderSelection.ALL, 20))
                .isInstanceOf(X3TransientException.class);
    }

    @Test
    void anUnusableRowIsARejectionNamingTheProblem() {
        server.enqueue(json(200, "{\"$resources\":[{\"SOHNUM\":\"SO1\",\"SOHSOP\":[]}]}"));

        assertThatThrownBy(() -> feed(X3Representation.SALES_ORDERS)
                .firstPage(OrderKind.SALES, SINCE, OrderSelection.ALL, 20))
                .isInstanceOf(X3RejectedException.class).hasMessageContaining("UPDDATTIM");
    }

    @Test
    void checkAccessReadsOneRow() throws Exception {
        server.enqueue(json(200, "{\"$resources\":[]}"));

        feed(X3Representation.SALES_ORDERS).checkAccess();

        assertThat(server.takeRequest().getUrl().queryParameter("count")).isEqualTo("1");
    }
}
