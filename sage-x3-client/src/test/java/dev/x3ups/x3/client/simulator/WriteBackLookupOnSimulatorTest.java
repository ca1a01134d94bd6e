package dev.x3ups.x3.client.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.x3ups.client.Secret;
import dev.x3ups.records.Order;
import dev.x3ups.records.OrderKind;
import dev.x3ups.records.WriteBack;
import dev.x3ups.x3.client.OrderFeed;
import dev.x3ups.x3.client.OrderPage;
import dev.x3ups.x3.client.OrderSelection;
import dev.x3ups.x3.client.WriteBackLookup;
import dev.x3ups.x3.client.X3Client;
import dev.x3ups.x3.client.X3ClientConfig;
import dev.x3ups.x3.client.X3Representation;
import dev.x3ups.x3.client.auth.BasicCredentials;
import dev.x3ups.x3.simulator.X3Simulator;
import dev.x3ups.x3.simulator.api1.DimensionStyle;
import dev.x3ups.x3.simulator.data.SalesOrderDraft;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The write-back lookup against the simulator's YSHIPTRK (indexed dimensions, as some folders serialize them):
 * one $query per page, evidence attached, our own write-back's echo costs no $details read.
 */
class WriteBackLookupOnSimulatorTest {
    private static final Instant START = Instant.parse("2025-01-15T10:00:00Z");
    private static final X3Representation YSHIPTRK = X3Representation.of("YSHIPTRK", "YSHIPTRK");
    private static final String DETAILS = "api1.GET.SORDER.SORDER.$details";
    private static final String LOOKUPS = "api1.GET.YSHIPTRK.YSHIPTRK.$query";

    private X3Simulator sim;
    private X3Client client;
    private OrderFeed feed;

    @BeforeEach
    void start() {
        sim = X3Simulator.builder().port(0).dataClockStart(START).dimensionStyle(DimensionStyle.INDEXED)
                .salesOrders(0).purchaseOrders(0).start();
        sim.clock().freeze();
        client = X3Client.open(X3ClientConfig.builder().baseUrl(sim.baseUrl()).endpoint("SEED")
                .credentials(new BasicCredentials(X3Simulator.DEFAULT_USER, Secret.of(X3Simulator.DEFAULT_PASSWORD)))
                .writeBackLookup(WriteBackLookup.DEFAULT).build());
        feed = client.orderFeed();
    }

    @AfterEach
    void stop() {
        feed.close();
        client.close();
        sim.close();
    }

    private OrderPage changedSince(Instant since) throws Exception {
        OrderPage page = feed.firstPage(OrderKind.SALES, since, OrderSelection.ALL, 100);
        assertThat(page.hasNext()).isFalse();
        return page;
    }

    private void writeBack(String number, Map<String, Object> fields, boolean create) throws Exception {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        fields.forEach((name, value) -> body.putPOJO(name, value));
        if (create) {
            body.put("YORDNUM", number).put("YORDTYP", "SALES");
            client.records().create(YSHIPTRK, body);
        } else {
            client.records().edit(YSHIPTRK, number, body);
        }
    }

    @Test
    void echoesOfOurWriteBackArePassedOverAndRealChangesCarryTheEvidence() throws Exception {
        String shipped = sim.admin().createSalesOrder(SalesOrderDraft.forCustomer("C0001").line("IT0001", 2)).number();
        String quiet = sim.admin().createSalesOrder(SalesOrderDraft.forCustomer("C0002").line("IT0003", 1)).number();
        assertThat(changedSince(START).orders()).extracting(Order::number).containsExactly(shipped, quiet);
        assertThat(sim.counters().get(DETAILS)).isEqualTo(2);
        assertThat(sim.counters().get(LOOKUPS)).isEqualTo(1);

        sim.clock().advance(Duration.ofMinutes(1));
        Instant firstWrite = sim.clock().now();
        writeBack(shipped, Map.of("YTRKNUM", List.of("1Z999AA10123456784"), "YSTACOD", "M", "YORDDIG", "d1g"), true);
        sim.clock().advance(Duration.ofMinutes(1));
        writeBack(shipped, Map.of("YSTACOD", "I"), false);

        OrderPage echo = changedSince(firstWrite);
        assertThat(echo.orders()).isEmpty();
        assertThat(echo.passedOver()).containsExactly(new OrderPage.Passed("SEED:SALES:" + shipped, sim.clock().now()));
        assertThat(sim.counters().get(DETAILS)).isEqualTo(2);
        assertThat(sim.counters().get(LOOKUPS)).isEqualTo(2);

        sim.clock().advance(Duration.ofMinutes(1));
        Instant edited = sim.clock().now();
        writeBack(shipped, Map.of("YSTACOD", "D"), false);
        sim.admin().modifySalesOrder(shipped, Map.of("BPDCTY", "Marietta"));

        assertThat(changedSince(edited).orders()).singleElement().satisfies(order -> {
            assertThat(order.shipTo().city()).isEqualTo("Marietta");
            assertThat(order.writeBack()).isEqualTo(new WriteBack(List.of("1Z999AA10123456784"), "d1g", edited));
        });
        assertThat(sim.counters().get(DETAILS)).isEqualTo(3);
    }
}
