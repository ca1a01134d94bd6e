package dev.x3ups.x3.simulator.writeback;

import static dev.x3ups.x3.simulator.TestHttp.basicDefault;
import static dev.x3ups.x3.simulator.TestHttp.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.x3ups.x3.simulator.TestHttp;
import dev.x3ups.x3.simulator.X3Simulator;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class WriteBackHttpTest {

    private static X3Simulator sim;
    private static final TestHttp http = new TestHttp();

    @BeforeAll
    static void start() {
        sim = X3Simulator.builder().salesOrders(5).purchaseOrders(3)
                .dataClockStart(Instant.parse("2025-03-01T12:00:00Z")).start();
        sim.clock().freeze();
    }

    @AfterAll
    static void stop() {
        sim.close();
    }

    private String url(String rest) {
        return sim.api1Url("SEED") + "/YSHIPTRK" + rest;
    }

    @Test
    void createThenUpdateBumpsTheOrderTimestamp() {
        Instant before = sim.admin().salesOrder("SO000002").orElseThrow().updated();
        long creates = sim.counters().get("writeback.create");
        long updates = sim.counters().get("writeback.update");
        sim.clock().advance(Duration.ofSeconds(10));
        HttpResponse<String> created = http.send("POST", url("?representation=YSHIPTRK.$create"), basicDefault(),
                "{\"YORDNUM\":\"SO000002\",\"YORDTYP\":\"SALES\",\"YTRKNUM\":[\"1Z999AA10123456784\"],"
                        + "\"YCARRIER\":\"UPS\",\"YSTACOD\":\"M\",\"YSTADES\":\"Label created\"}");
        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(created.headers().firstValue("Location")).hasValueSatisfying(
                l -> assertThat(l).endsWith("/YSHIPTRK('SO000002')?representation=YSHIPTRK.$details"));
        JsonNode c = json(created);
        assertThat(c.get("YTRKNUM").get(0).asText()).isEqualTo("1Z999AA10123456784");
        assertThat(c.get("YTRKNUM")).hasSize(10);
        assertThat(c.get("YEXCFLG").asInt()).isEqualTo(1);
        Instant afterCreate = sim.admin().salesOrder("SO000002").orElseThrow().updated();
        assertThat(afterCreate).isAfter(before).isEqualTo(sim.clock().now());

        sim.clock().advance(Duration.ofSeconds(5));
        HttpResponse<String> updated = http.send("PUT", url("('SO000002')?representation=YSHIPTRK.$edit"),
                basicDefault(), "{\"YSTACOD\":\"X\",\"YEXCFLG\":2,\"YEXCCOD\":\"U5\",\"YEXCRSN\":\"Bad address\","
                        + "\"YEVTDATTIM\":\"2025-03-01T11:59:00Z\"}", "If-Match", "\"whatever\"");
        assertThat(updated.statusCode()).isEqualTo(200);
        JsonNode u = json(updated);
        assertThat(u.get("YSTACOD").asText()).isEqualTo("X");
        assertThat(u.get("YSTADES").asText()).as("partial update keeps other fields").isEqualTo("Label created");
        assertThat(u.get("YEVTDATTIM").asText()).isEqualTo("2025-03-01T11:59:00Z");
        assertThat(sim.admin().salesOrder("SO000002").orElseThrow().updated()).isAfter(afterCreate);
        assertThat(sim.counters().get("writeback.create")).isEqualTo(creates + 1);
        assertThat(sim.counters().get("writeback.update")).isEqualTo(updates + 1);

        HttpResponse<String> read = http.get(url("('SO000002')?representation=YSHIPTRK.$details"), basicDefault());
        assertThat(json(read).get("YEXCRSN").asText()).isEqualTo("Bad address");
    }

    @Test
    void duplicateCreateAndUnknownRecordsAreRefused() {
        String body = "{\"YORDNUM\":\"PO000001\",\"YORDTYP\":\"PURCHASE\"}";
        assertThat(http.send("POST", url("?representation=YSHIPTRK.$create"), basicDefault(), body).statusCode())
                .isEqualTo(201);
        HttpResponse<String> again = http.send("POST", url("?representation=YSHIPTRK.$create"), basicDefault(), body);
        assertThat(again.statusCode()).isEqualTo(400);
        assertThat(json(again).at("/$diagnoses/0/$message").asText()).contains("already exists");
        assertThat(http.get(url("('SO000004')?representation=YSHIPTRK.$details"), basicDefault()).statusCode())
                .isEqualTo(404);
        assertThat(http.send("PUT", url("('SO000004')?representation=YSHIPTRK.$edit"), basicDefault(),
                "{\"YSTACOD\":\"D\"}").statusCode()).isEqualTo(404);
    }

    @Test
    void rejectedValuesComeBackAsDiagnoses() {
        HttpResponse<String> tooLong = http.send("POST", url("?representation=YSHIPTRK.$create"), basicDefault(),
                "{\"YORDNUM\":\"SO000003\",\"YORDTYP\":\"SALES\",\"YCARRIER\":\"UNITED PARCEL SERVICE\"}");
        assertThat(tooLong.statusCode()).isEqualTo(400);
        assertThat(json(tooLong).at("/$diagnoses/0/$payloadPath").asText()).isEqualTo("YCARRIER");
        HttpResponse<String> unknown = http.send("POST", url("?representation=YSHIPTRK.$create"), basicDefault(),
                "{\"YORDNUM\":\"SO000003\",\"YORDTYP\":\"SALES\",\"ZFOO\":\"x\"}");
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(json(unknown).at("/$diagnoses/0/$message").asText()).contains("unknown field");
        HttpResponse<String> noOrder = http.send("POST", url("?representation=YSHIPTRK.$create"), basicDefault(),
                "{\"YORDNUM\":\"SO999999\",\"YORDTYP\":\"SALES\"}");
        assertThat(noOrder.statusCode()).isEqualTo(400);
        HttpResponse<String> notJson = http.send("POST", url("?representation=YSHIPTRK.$create"), basicDefault(), "{");
        assertThat(notJson.statusCode()).isEqualTo(400);
    }

    @Test
    void templateAndDelete() {
        JsonNode template = json(http.get(url("/$template?representation=YSHIPTRK.$create"), basicDefault()));
        assertThat(template.get("YEXCFLG").asInt()).isEqualTo(1);
        assertThat(template.get("YTRKNUM")).hasSize(10);
        assertThat(template.has("$uuid")).isFalse();
        assertThat(http.send("POST", url("?representation=YSHIPTRK.$create"), basicDefault(),
                "{\"YORDNUM\":\"SO000005\",\"YORDTYP\":\"SALES\"}").statusCode()).isEqualTo(201);
        sim.clock().advance(Duration.ofSeconds(7));
        assertThat(http.send("DELETE", url("('SO000005')?representation=YSHIPTRK.$edit"), basicDefault(), null)
                .statusCode()).isEqualTo(200);
        assertThat(sim.admin().writeBack("SO000005")).isEmpty();
        assertThat(sim.admin().salesOrder("SO000005").orElseThrow().updated()).isEqualTo(sim.clock().now());
        assertThat(http.send("DELETE", url("('SO000005')?representation=YSHIPTRK.$edit"), basicDefault(), null)
                .statusCode()).isEqualTo(404);
        assertThat(sim.counters().get("writeback.delete")).isPositive();
    }

    @Test
    void prototypeDescribesTheFields() {
        JsonNode p = json(http.get(url("/$prototypes('YSHIPTRK.$create')"), basicDefault()));
        assertThat(p.at("/$properties/YCARRIER/$maxLength").asInt()).isEqualTo(10);
        assertThat(p.at("/$properties/YSCHDLVDAT/$type").asText()).isEqualTo("application/x-date");
    }
}
