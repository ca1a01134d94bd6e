package dev.x3ups.x3.simulator.admin;

import static dev.x3ups.x3.simulator.TestHttp.basicDefault;
import static dev.x3ups.x3.simulator.TestHttp.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.x3ups.x3.simulator.TestHttp;
import dev.x3ups.x3.simulator.X3Simulator;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class AdminHttpTest {

    private static X3Simulator sim;
    private static final TestHttp http = new TestHttp();

    @BeforeAll
    static void start() {
        sim = X3Simulator.builder().endpoints("SEED", "DEMO").salesOrders(2).purchaseOrders(1).start();
    }

    @AfterAll
    static void stop() {
        sim.close();
    }

    private String admin(String rest) {
        return sim.baseUrl() + "/admin" + rest;
    }

    @Test
    void createsAndModifiesSalesOrders() {
        HttpResponse<String> created = http.send("POST", admin("/SEED/orders/sales"), null,
                "{\"BPCORD\":\"C0010\",\"BPAADD\":\"002\",\"CUSORDREF\":\"PO-77\","
                        + "\"lines\":[{\"ITMREF\":\"IT0001\",\"QTY\":2},{\"ITMREF\":\"IT0004\",\"QTY\":3}]}");
        assertThat(created.statusCode()).isEqualTo(201);
        JsonNode o = json(created);
        String number = o.get("SOHNUM").asText();
        assertThat(o.get("BPDCTY").asText()).isEqualTo("Hamburg");
        assertThat(o.get("BPDCRY").asText()).isEqualTo("DE");
        assertThat(o.get("SOHSOP")).hasSize(2);
        assertThat(o.get("TEL").asText()).isEqualTo("+49 40 987654");

        HttpResponse<String> modified = http.send("PATCH", admin("/SEED/orders/sales/" + number), null,
                "{\"BPDADDLIG\":[\"Große Bleichen 25\",\"\",\"\"],\"ORDSTA\":2}");
        assertThat(modified.statusCode()).isEqualTo(200);
        assertThat(json(modified).get("BPDADDLIG").get(0).asText()).isEqualTo("Große Bleichen 25");
        assertThat(json(modified).get("ORDSTA").asInt()).isEqualTo(2);

        JsonNode viaApi1 = json(http.get(sim.api1Url("SEED") + "/SORDER('" + number + "')?representation=SORDER.$details",
                basicDefault()));
        assertThat(viaApi1.get("ORDSTA").asInt()).isEqualTo(2);
        assertThat(sim.admin("DEMO").salesOrder(number)).as("folders are separate").isEmpty();
    }

    @Test
    void cancelsOrdersAndClosesOrRemovesLines() {
        String number = sim.admin().createSalesOrder(dev.x3ups.x3.simulator.data.SalesOrderDraft.forCustomer("C0001")
                .line("IT0001", 1).line("IT0003", 1).line("IT0004", 1)).number();
        String order = admin("/SEED/orders/sales/" + number);

        HttpResponse<String> closed = http.send("POST", order + "/lines/2000/close", null, "");
        assertThat(closed.statusCode()).isEqualTo(200);
        assertThat(json(closed).get("SOHSOP").get(1).get("SOQSTA").asInt()).isEqualTo(3);
        HttpResponse<String> removed = http.send("DELETE", order + "/lines/3000", null, null);
        assertThat(removed.statusCode()).isEqualTo(200);
        assertThat(json(removed).get("SOHSOP")).hasSize(2);
        HttpResponse<String> cancelled = http.send("POST", order + "/cancel", null, "");
        assertThat(cancelled.statusCode()).isEqualTo(200);
        assertThat(json(cancelled).get("ORDSTA").asInt()).isEqualTo(2);
        assertThat(json(cancelled).get("DLVSTA").asInt()).isEqualTo(1);

        assertThat(http.send("DELETE", order + "/lines/9000", null, null).statusCode()).isEqualTo(404);
        assertThat(http.send("GET", order + "/cancel", null, null).statusCode()).isEqualTo(405);
        assertThat(http.send("POST", admin("/SEED/orders/purchase/PO999999/cancel"), null, "").statusCode())
                .isEqualTo(404);
    }

    @Test
    void refusesBadDraftsAndUnknownFields() {
        assertThat(http.send("POST", admin("/SEED/orders/sales"), null, "{\"BPCORD\":\"C9999\",\"lines\":[{\"ITMREF\":\"IT0001\",\"QTY\":1}]}")
                .statusCode()).isEqualTo(400);
        assertThat(http.send("POST", admin("/SEED/orders/sales"), null, "{\"lines\":[]}").statusCode()).isEqualTo(400);
        HttpResponse<String> unknown = http.send("PATCH", admin("/SEED/orders/sales/SO000001"), null, "{\"NOPE\":1}");
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(http.send("PATCH", admin("/SEED/orders/sales/SO000001"), null, "{\"UPDDATTIM\":\"2020-01-01T00:00:00Z\"}")
                .statusCode()).isEqualTo(400);
        assertThat(http.send("PATCH", admin("/SEED/orders/sales/SO999999"), null, "{\"ORDSTA\":2}").statusCode())
                .isEqualTo(404);
    }

    @Test
    void createsPurchaseOrdersAndGeneratesBadOnes() {
        HttpResponse<String> po = http.send("POST", admin("/DEMO/orders/purchase"), null,
                "{\"BPSNUM\":\"S0005\",\"RCPFCY\":\"RNO\",\"lines\":[{\"ITMREF\":\"IT0003\",\"QTY\":10}]}");
        assertThat(po.statusCode()).isEqualTo(201);
        assertThat(json(po).get("BPOCRY").asText()).isEqualTo("DE");
        assertThat(json(po).get("CTY").asText()).isEqualTo("Reno");

        HttpResponse<String> gen = http.send("POST", admin("/DEMO/orders/generate"), null,
                "{\"sales\":10,\"purchase\":2,\"badShare\":0.3,\"seed\":7}");
        assertThat(gen.statusCode()).isEqualTo(200);
        JsonNode g = json(gen);
        assertThat(g.get("sales")).hasSize(10);
        assertThat(g.get("purchase")).hasSize(2);
        assertThat(g.get("bad")).hasSize(3);
    }

    @Test
    void controlsClockFaultsAndCodes() {
        JsonNode clock = json(http.send("POST", admin("/clock"), null, "{\"freezeAt\":\"2025-06-01T00:00:00Z\"}"));
        assertThat(clock.get("now").asText()).isEqualTo("2025-06-01T00:00:00Z");
        assertThat(clock.get("frozen").asBoolean()).isTrue();
        clock = json(http.send("POST", admin("/clock"), null, "{\"advanceSeconds\":30}"));
        assertThat(clock.get("now").asText()).isEqualTo("2025-06-01T00:00:30Z");

        JsonNode faults = json(http.send("PUT", admin("/faults"), null,
                "{\"errorRate\":0.25,\"latencyMillis\":5,\"throttle\":{\"budget\":100,\"grace\":10,\"slowMillis\":20}}"));
        assertThat(faults.get("errorRate").asDouble()).isEqualTo(0.25);
        assertThat(faults.at("/throttle/budget").asInt()).isEqualTo(100);
        assertThat(sim.faults().latencyMillis()).isEqualTo(5);
        assertThat(http.send("DELETE", admin("/faults"), null, null).statusCode()).isEqualTo(204);
        assertThat(sim.faults().errorRate()).isZero();
        assertThat(sim.faults().throttle()).isNull();

        JsonNode code = json(http.send("POST", admin("/auth/codes"), null, "{\"clientId\":\"x3ups-cloud-app\"}"));
        assertThat(code.get("code").asText()).isNotEmpty();
        assertThat(http.send("POST", admin("/auth/codes"), null, "{\"clientId\":\"nobody\"}").statusCode()).isEqualTo(400);
        assertThat(json(http.get(admin("/health"), null)).get("endpoints")).hasSize(2);
        assertThat(http.get(admin("/SEED/writeback"), null).statusCode()).isEqualTo(200);
    }
}
