package dev.x3ups.x3.simulator.api1;

import static dev.x3ups.x3.simulator.TestHttp.basicDefault;
import static dev.x3ups.x3.simulator.TestHttp.enc;
import static dev.x3ups.x3.simulator.TestHttp.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.x3ups.x3.simulator.TestHttp;
import dev.x3ups.x3.simulator.X3Simulator;
import dev.x3ups.x3.simulator.data.SalesOrderDraft;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class Api1HttpTest {

    private static X3Simulator sim;
    private static final TestHttp http = new TestHttp();

    @BeforeAll
    static void start() {
        sim = X3Simulator.builder().port(0).salesOrders(25).purchaseOrders(10)
                .dataClockStart(Instant.parse("2025-01-15T10:00:00Z")).start();
    }

    @AfterAll
    static void stop() {
        sim.close();
    }

    private String base() {
        return sim.api1Url("SEED");
    }

    @Test
    void queryEnvelopeHasPagingLinksAndRowsWithMetadata() {
        HttpResponse<String> r = http.get(base() + "/SORDER?representation=SORDER.$query&count=5", basicDefault());
        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode body = json(r);
        assertThat(body.get("$descriptor").asText()).isEqualTo("SORDER");
        assertThat(body.get("$itemsPerPage").asInt()).isEqualTo(5);
        assertThat(body.get("$startIndex").asInt()).isEqualTo(1);
        assertThat(body.get("$resources")).hasSize(5);
        JsonNode row = body.get("$resources").get(0);
        assertThat(row.get("$key").asText()).isEqualTo("SO000001");
        assertThat(row.get("$etag").asText()).isEqualTo(row.get("UPDDATTIM").asText());
        assertThat(row.get("$uuid").asText()).isNotEmpty();
        assertThat(row.get("BPDADDLIG").isArray()).isTrue();
        assertThat(row.get("BPDADDLIG")).hasSize(3);
        assertThat(row.has("SOHSOP")).as("standard $query rows carry no lines").isFalse();
        assertThat(row.get("DSPTOTWEI").isNumber()).isTrue();
        assertThat(row.get("UPDDATTIM").asText()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ");
        assertThat(body.at("/$links/$next/$url").asText()).endsWith("&key=gt.SO000005");
    }

    @Test
    void shippingFeedRowsEmbedLinesWithWeightsAndContact() {
        JsonNode body = json(http.get(base() + "/SORDER?representation=YSOSHIP.$query&count=1", basicDefault()));
        JsonNode row = body.get("$resources").get(0);
        assertThat(row.has("TEL")).isTrue();
        assertThat(row.has("YSFADDLIG")).isTrue();
        JsonNode line = row.get("SOHSOP").get(0);
        assertThat(line.get("$uuid").asText()).isNotEmpty();
        assertThat(line.get("ITMWEI").isNumber()).isTrue();
        assertThat(line.get("WEU").asText()).isIn("KG", "LB", "G", "OZ");
        assertThat(line.get("DSPLINWEI").decimalValue().signum()).isPositive();
    }

    @Test
    void followingNextVisitsEveryOrderOnceEvenWithSharedTimestamps() {
        sim.clock().freezeAt(Instant.parse("2025-02-01T08:00:00Z"));
        for (int i = 0; i < 50; i++) {
            sim.admin().createSalesOrder(SalesOrderDraft.forCustomer("C0003").line("IT0002", 1));
        }
        sim.clock().advance(Duration.ofSeconds(1));
        String url = base() + "/SORDER?representation=YSOSHIP.$query&count=7&where="
                + enc("UPDDATTIM ge @2025-02-01T08:00:00Z@") + "&orderBy=" + enc("UPDDATTIM asc,SOHNUM asc");
        List<String> keys = new ArrayList<>();
        while (url != null) {
            JsonNode page = json(http.get(url, basicDefault()));
            page.get("$resources").forEach(r -> keys.add(r.get("SOHNUM").asText()));
            JsonNode next = page.at("/$links/$next/$url");
            url = next.isMissingNode() ? null : next.asText();
        }
        assertThat(keys).hasSizeGreaterThanOrEqualTo(50);
        assertThat(new HashSet<>(keys)).hasSameSizeAs(keys);
        sim.clock().unfreeze();
    }

    @Test
    void acceptsRawAndPercentEncodedQuotesInWhere() {
        String raw = base() + "/SORDER?representation=SORDER.$query&where=SOHNUM%20eq%20'SO000002'";
        String encoded = base() + "/SORDER?representation=SORDER.$query&where=SOHNUM%20eq%20%27SO000002%27";
        assertThat(json(http.get(raw, basicDefault())).get("$resources")).hasSize(1);
        assertThat(json(http.get(encoded, basicDefault())).get("$resources")).hasSize(1);
    }

    @Test
    void unknownPropertyInWhereIs500WithDiagnoses() {
        HttpResponse<String> r = http.get(base() + "/SORDER?representation=SORDER.$query&where=" + enc("NOPE eq 1"),
                basicDefault());
        assertThat(r.statusCode()).isEqualTo(500);
        assertThat(json(r).at("/$diagnoses/0/$severity").asText()).isEqualTo("error");
        assertThat(json(r).at("/$diagnoses/0/$message").asText()).contains("NOPE");
    }

    @Test
    void shipToPhoneIsNotOnTheStandardQueryFacet() {
        HttpResponse<String> r = http.get(base() + "/SORDER?representation=SORDER.$query&where=" + enc("TEL eq 'x'"),
                basicDefault());
        assertThat(r.statusCode()).isEqualTo(500);
        HttpResponse<String> ok = http.get(base() + "/SORDER?representation=YSOSHIP.$query&where=" + enc("TEL eq 'x'"),
                basicDefault());
        assertThat(ok.statusCode()).isEqualTo(200);
    }

    @Test
    void badWhereSyntaxIs400() {
        HttpResponse<String> r = http.get(base() + "/SORDER?representation=SORDER.$query&where=" + enc("SOHNUM eq"),
                basicDefault());
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(json(r).at("/$diagnoses/0/$sdataCode").asText()).isEqualTo("BadWhereSyntax");
    }

    @Test
    void detailsByKeyAndUnknownKeyIs404() {
        HttpResponse<String> r = http.get(base() + "/SORDER('SO000003')?representation=SORDER.$details", basicDefault());
        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode d = json(r);
        assertThat(d.get("SOHNUM").asText()).isEqualTo("SO000003");
        assertThat(d.get("SOHSOP").size()).isPositive();
        assertThat(d.at("/BPCORD_REF/$title").asText()).isNotEmpty();
        HttpResponse<String> encodedKey = http.get(base() + "/SORDER(%27SO000003%27)?representation=SORDER.$details",
                basicDefault());
        assertThat(encodedKey.statusCode()).isEqualTo(200);
        HttpResponse<String> missing = http.get(base() + "/SORDER('SO999999')?representation=SORDER.$details",
                basicDefault());
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(json(missing).at("/$diagnoses/0/$message").asText()).contains("Record does not exist");
    }

    @Test
    void purchaseOrdersCarrySupplierShipFromAndReceivingAddress() {
        JsonNode row = json(http.get(base() + "/PORDER?representation=YPOSHIP.$query&count=1", basicDefault()))
                .get("$resources").get(0);
        assertThat(row.get("POHNUM").asText()).isEqualTo("PO000001");
        assertThat(row.get("BPOADDLIG").isArray()).isTrue();
        assertThat(row.get("BPAADDLIG").isArray()).isTrue();
        assertThat(row.get("CTY").asText()).isIn("Atlanta", "Reno", "Mississauga");
        assertThat(row.get("POHPOP").size()).isPositive();
    }

    @Test
    void referenceDataClassesAreReadable() {
        JsonNode sites = json(http.get(base() + "/FACILITY?representation=FACILITY.$query", basicDefault()));
        assertThat(sites.get("$resources")).extracting(r -> r.get("FCY").asText()).containsExactly("ATL", "MIS", "RNO");
        JsonNode items = json(http.get(base() + "/ITMMASTER?representation=ITMMASTER.$query&count=100&where="
                + enc("WEU eq 'OZ'"), basicDefault()));
        assertThat(items.get("$resources")).isNotEmpty()
                .allSatisfy(r -> assertThat(r.get("WEU").asText()).isEqualTo("OZ"));
        JsonNode customer = json(http.get(base() + "/BPCUSTOMER('C0010')?representation=BPCUSTOMER.$details",
                basicDefault()));
        assertThat(customer.get("BPCNAM").get(0).asText()).isEqualTo("Müller & Söhne GmbH");
        assertThat(customer.get("BPADDRESS")).hasSize(2);
        assertThat(customer.at("/BPADDRESS/1/CTY").asText()).isEqualTo("Hamburg");
        assertThat(http.get(base() + "/BPSUPPLIER('S0003')?representation=BPSUPPLIER.$details", basicDefault())
                .statusCode()).isEqualTo(200);
        assertThat(http.send("POST", base() + "/ITMMASTER?representation=ITMMASTER.$create", basicDefault(), "{}")
                .statusCode()).isEqualTo(405);
    }

    @Test
    void representationMustBelongToTheClassAndIsMandatory() {
        assertThat(http.get(base() + "/SORDER?representation=PORDER.$query", basicDefault()).statusCode()).isEqualTo(400);
        assertThat(http.get(base() + "/SORDER", basicDefault()).statusCode()).isEqualTo(400);
        assertThat(http.get(base() + "/NOCLASS?representation=NOCLASS.$query", basicDefault()).statusCode()).isEqualTo(404);
        assertThat(http.get(sim.api1Url("NOFOLDER") + "/SORDER?representation=SORDER.$query", basicDefault())
                .statusCode()).isEqualTo(404);
    }

    @Test
    void ordersAreReadOnly() {
        HttpResponse<String> put = http.send("PUT", base() + "/SORDER('SO000001')?representation=SORDER.$edit",
                basicDefault(), "{\"CUSORDREF\":\"X\"}");
        assertThat(put.statusCode()).isEqualTo(405);
        assertThat(json(put).at("/$diagnoses/0/$message").asText()).contains("read-only");
        HttpResponse<String> post = http.send("POST", base() + "/PORDER?representation=PORDER.$create", basicDefault(), "{}");
        assertThat(post.statusCode()).isEqualTo(405);
    }

    @Test
    void refusesMissingOrWrongCredentials() {
        HttpResponse<String> none = http.get(base() + "/SORDER?representation=SORDER.$query", null);
        assertThat(none.statusCode()).isEqualTo(401);
        assertThat(none.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Basic"));
        HttpResponse<String> wrong = http.get(base() + "/SORDER?representation=SORDER.$query",
                TestHttp.basic(X3Simulator.DEFAULT_USER, "wrong-password"));
        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(wrong.body()).doesNotContain("wrong-password");
    }

    @Test
    void indexedDimensionStyleWritesOneFieldPerElement() {
        try (X3Simulator indexed = X3Simulator.builder().dimensionStyle(DimensionStyle.INDEXED).salesOrders(1)
                .purchaseOrders(0).start()) {
            JsonNode row = json(http.get(indexed.api1Url("SEED") + "/SORDER?representation=SORDER.$query",
                    basicDefault())).get("$resources").get(0);
            assertThat(row.has("BPDADDLIG")).isFalse();
            assertThat(row.has("BPDADDLIG_1")).isTrue();
            assertThat(row.has("BPDADDLIG_3")).isTrue();
            assertThat(row.has("BPDNAM_2")).isTrue();
        }
    }
}
