package dev.x3ups.x3.client.rest;

import static dev.x3ups.x3.client.TestSupport.json;
import static dev.x3ups.x3.client.TestSupport.resource;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.x3ups.records.Order;
import dev.x3ups.records.OrderKind;
import dev.x3ups.records.WriteBack;
import dev.x3ups.x3.client.OrderPage;
import dev.x3ups.x3.client.OrderSelection;
import dev.x3ups.x3.client.TestSupport;
import dev.x3ups.x3.client.WriteBackLookup;
import dev.x3ups.x3.client.X3RejectedException;
import dev.x3ups.x3.client.X3Representation;
import dev.x3ups.x3.client.http.RequestAuthenticator;
import dev.x3ups.x3.client.mapping.PurchaseOrderRows;
import dev.x3ups.x3.client.mapping.SalesOrderRows;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The write-back lookup per page and the echo of our own write-back, on the standard representation. */
class RestOrderFeedEchoTest {
    private static final Instant SINCE = Instant.parse("2025-01-15T10:00:00Z");
    private static final String KEY = "SEED:SALES:SO000007";

    @StartStop
    final MockWebServer server = new MockWebServer();

    private final List<HttpUrl> requests = new CopyOnWriteArrayList<>();
    private volatile String page;
    private volatile String writeBacks = "{\"$resources\":[]}";

    @BeforeEach
    void serve() {
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                HttpUrl url = request.getUrl();
                requests.add(url);
                String path = url.encodedPath();
                if (path.endsWith("/SORDER")) {
                    return json(200, page);
                }
                if (path.endsWith("/YSHIPTRK")) {
                    return json(200, writeBacks);
                }
                if (path.contains("SO000007")) {
                    return json(200, resource("mapping/ysoship-row-array.json"));
                }
                return json(404, "{\"$diagnoses\":[{\"$severity\":\"error\",\"$message\":\"721 : Record does not exist\"}]}");
            }
        });
    }

    private RestOrderFeed feed(WriteBackLookup lookup) {
        return new RestOrderFeed(TestSupport.http(RequestAuthenticator.NONE), new Api1Urls(server.url("/"), "SEED"),
                "SEED", Map.of(OrderKind.SALES, X3Representation.SALES_ORDERS,
                        OrderKind.PURCHASE, X3Representation.PURCHASE_ORDERS),
                Map.of(OrderKind.SALES, new SalesOrderRows(), OrderKind.PURCHASE, new PurchaseOrderRows()),
                new DetailsReader(TestSupport.http(RequestAuthenticator.NONE)), lookup);
    }

    /** A standard SORDER query row: header only, no lines. */
    private void rowAt(String updated, String city) {
        page = "{\"$resources\":[{\"$key\":\"SO000007\",\"$etag\":\"" + updated + "\",\"SOHNUM\":\"SO000007\","
                + "\"UPDDATTIM\":\"" + updated + "\",\"BPDCTY\":\"" + city + "\",\"BPDCRY\":\"DE\",\"ORDSTA\":1}]}";
    }

    private void writtenBackAt(String updated) {
        writeBacks = "{\"$resources\":[{\"$key\":\"SO000007\",\"YORDNUM\":\"SO000007\",\"YORDTYP\":\"SALES\","
                + "\"YTRKNUM\":[\"1Z999AA10123456784\",\"\"],\"YORDDIG\":\"d1g\",\"UPDDATTIM\":\"" + updated + "\"}]}";
    }

    private long detailsReads() {
        return requests.stream().filter(url -> url.encodedPath().contains("SO000007")).count();
    }

    private long lookups() {
        return requests.stream().filter(url -> url.encodedPath().endsWith("/YSHIPTRK")).count();
    }

    private OrderPage walk(RestOrderFeed feed) throws Exception {
        return feed.firstPage(OrderKind.SALES, SINCE, OrderSelection.ALL, 100);
    }

    @Test
    void aRowWhoseOnlyChangeIsOurWriteBackIsPassedOverWithoutItsDetailsRead() throws Exception {
        RestOrderFeed feed = feed(WriteBackLookup.DEFAULT);
        rowAt("2025-01-15T10:00:05Z", "Stuttgart");
        assertThat(walk(feed).orders()).singleElement().satisfies(o -> assertThat(o.writeBack()).isNull());
        assertThat(detailsReads()).isEqualTo(1);

        rowAt("2025-01-15T10:05:00Z", "Stuttgart");
        writtenBackAt("2025-01-15T10:05:00Z");
        OrderPage echo = walk(feed);

        assertThat(echo.orders()).isEmpty();
        assertThat(echo.passedOver()).containsExactly(new OrderPage.Passed(KEY, Instant.parse("2025-01-15T10:05:00Z")));
        assertThat(detailsReads()).isEqualTo(1);
        assertThat(lookups()).isEqualTo(2);
    }

    @Test
    void aRevisionAlreadyReadInFullIsPassedOverWhenTheOverlapBringsItAgain() throws Exception {
        RestOrderFeed feed = feed(WriteBackLookup.DEFAULT);
        rowAt("2025-01-15T10:00:05Z", "Stuttgart");
        walk(feed);

        OrderPage again = walk(feed);

        assertThat(again.orders()).isEmpty();
        assertThat(again.passedOver()).containsExactly(new OrderPage.Passed(KEY, Instant.parse("2025-01-15T10:00:05Z")));
        assertThat(detailsReads()).isEqualTo(1);
        assertThat(lookups()).as("a page of revisions already read needs no write-back record").isEqualTo(1);
    }

    @Test
    void theLookupIsOneQueryForThePagesNumbersOfThePagesKind() throws Exception {
        RestOrderFeed feed = feed(WriteBackLookup.DEFAULT);
        rowAt("2025-01-15T10:00:05Z", "Stuttgart");

        walk(feed);

        HttpUrl lookup = requests.stream().filter(url -> url.encodedPath().endsWith("/YSHIPTRK")).findFirst().orElseThrow();
        assertThat(lookup.queryParameter("representation")).isEqualTo("YSHIPTRK.$query");
        assertThat(lookup.queryParameter("where")).isEqualTo("(YORDNUM in ('SO000007')) and (YORDTYP eq 'SALES')");
        assertThat(lookup.queryParameter("count")).isEqualTo("1");
    }

    @Test
    void aHeaderChangeMadeWithTheWriteBackIsReadInFullAndCarriesTheWriteBack() throws Exception {
        RestOrderFeed feed = feed(WriteBackLookup.DEFAULT);
        rowAt("2025-01-15T10:00:05Z", "Stuttgart");
        walk(feed);

        rowAt("2025-01-15T10:05:00Z", "Esslingen");
        writtenBackAt("2025-01-15T10:05:00Z");
        OrderPage page = walk(feed);

        assertThat(page.passedOver()).isEmpty();
        assertThat(page.orders()).singleElement().extracting(Order::writeBack).isEqualTo(
                new WriteBack(List.of("1Z999AA10123456784"), "d1g", Instant.parse("2025-01-15T10:05:00Z")));
        assertThat(detailsReads()).isEqualTo(2);
    }

    @Test
    void anOrderNotReadInFullBeforeIsReadInFullEvenRightAfterAWriteBack() throws Exception {
        RestOrderFeed feed = feed(WriteBackLookup.DEFAULT);
        rowAt("2025-01-15T10:05:00Z", "Stuttgart");
        writtenBackAt("2025-01-15T10:05:00Z");

        OrderPage page = walk(feed);

        assertThat(page.orders()).singleElement().satisfies(o -> assertThat(o.writeBack().shipped()).isTrue());
        assertThat(detailsReads()).isEqualTo(1);
    }

    @Test
    void aChangeLaterThanTheWriteBackIsNews() throws Exception {
        RestOrderFeed feed = feed(WriteBackLookup.DEFAULT);
        rowAt("2025-01-15T10:00:05Z", "Stuttgart");
        walk(feed);

        rowAt("2025-01-15T10:05:02Z", "Stuttgart"); // a touch two seconds after the write-back: beyond 1 s
        writtenBackAt("2025-01-15T10:05:00Z");

        assertThat(walk(feed).orders()).hasSize(1);
        assertThat(detailsReads()).isEqualTo(2);
    }

    @Test
    void theAccessCheckReadsOneWriteBackRowAndNamesTheSettingWhenTheClassIsMissing() throws Exception {
        page = "{\"$resources\":[]}";
        feed(WriteBackLookup.DISABLED).checkAccess();
        assertThat(lookups()).isZero();

        feed(WriteBackLookup.DEFAULT).checkAccess();
        assertThat(lookups()).isEqualTo(1);

        WriteBackLookup missing = new WriteBackLookup(true, X3Representation.of("ZNONE", "ZNONE"), "YORDNUM",
                null, "YTRKNUM", null, Duration.ofSeconds(1), null, null);
        assertThatThrownBy(() -> feed(missing).checkAccess()).isInstanceOf(X3RejectedException.class)
                .hasMessageContaining("x3.writeback.lookup.enabled=false").hasMessageContaining("ZNONE");
    }

    @Test
    void withTheLookupDisabledTheFeedMakesTodaysCallsExactly() throws Exception {
        RestOrderFeed feed = feed(WriteBackLookup.DISABLED);
        rowAt("2025-01-15T10:00:05Z", "Stuttgart");
        walk(feed);
        rowAt("2025-01-15T10:05:00Z", "Stuttgart");
        writtenBackAt("2025-01-15T10:05:00Z");

        OrderPage second = walk(feed);

        assertThat(second.orders()).singleElement().satisfies(o -> assertThat(o.writeBack()).isNull());
        assertThat(second.passedOver()).isEmpty();
        assertThat(lookups()).isZero();
        assertThat(requests).extracting(HttpUrl::encodedPath).containsExactly(
                "/api1/x3/erp/SEED/SORDER", "/api1/x3/erp/SEED/SORDER('SO000007')",
                "/api1/x3/erp/SEED/SORDER", "/api1/x3/erp/SEED/SORDER('SO000007')");
    }
}
