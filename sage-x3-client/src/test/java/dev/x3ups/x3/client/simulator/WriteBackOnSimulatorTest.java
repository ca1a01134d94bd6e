package dev.x3ups.x3.client.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.x3ups.client.Secret;
import dev.x3ups.records.Order;
import dev.x3ups.records.OrderKind;
import dev.x3ups.x3.client.CreatedRecord;
import dev.x3ups.x3.client.OrderPage;
import dev.x3ups.x3.client.OrderSelection;
import dev.x3ups.x3.client.TestSupport;
import dev.x3ups.x3.client.X3Client;
import dev.x3ups.x3.client.X3ClientConfig;
import dev.x3ups.x3.client.X3RecordClient;
import dev.x3ups.x3.client.X3RejectedException;
import dev.x3ups.x3.client.X3Representation;
import dev.x3ups.x3.client.X3TransientException;
import dev.x3ups.x3.client.auth.BasicCredentials;
import dev.x3ups.x3.client.auth.ConnectedAppCredentials;
import dev.x3ups.x3.simulator.X3Simulator;
import dev.x3ups.x3.simulator.data.SalesOrderDraft;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The write-back operations the X3 sink uses, against the simulator's YSHIPTRK class and mutation. */
class WriteBackOnSimulatorTest {
    private static final Instant START = Instant.parse("2025-01-15T10:00:00Z");
    private static final X3Representation TRACKING = X3Representation.of("YSHIPTRK", "YSHIPTRK");

    private X3Simulator sim;
    private String order;

    @BeforeEach
    void start() {
        sim = X3Simulator.builder().port(0).dataClockStart(START).start();
        sim.clock().freeze();
        order = sim.admin().createSalesOrder(SalesOrderDraft.forCustomer("C0001").line("IT0001", 1)).number();
    }

    @AfterEach
    void stop() {
        sim.close();
    }

    private X3ClientConfig.Builder config() {
        return X3ClientConfig.builder().baseUrl(sim.baseUrl()).endpoint("SEED");
    }

    @Test
    void accessCheckOfTheTrackingClassAndBusyPoolsAreTransient() throws Exception {
        try (X3Client client = X3Client.open(config()
                .credentials(new BasicCredentials(X3Simulator.DEFAULT_USER, Secret.of(X3Simulator.DEFAULT_PASSWORD)))
                .build())) {
            client.records().checkAccess(TRACKING);
            assertThat(sim.counters().get("api1.GET.YSHIPTRK.YSHIPTRK.$query")).isEqualTo(1);
            assertThatThrownBy(() -> client.records().checkAccess(X3Representation.of("YSHIPTRK", "YNOPE")))
                    .isInstanceOf(X3RejectedException.class);

            sim.faults().diagnosesRate(1.0);
            assertThatThrownBy(() -> client.records().checkAccess(TRACKING))
                    .isInstanceOf(X3TransientException.class).hasMessageContaining("pool is busy");
            assertThatThrownBy(() -> client.records().read(TRACKING, order))
                    .isInstanceOf(X3TransientException.class);
        }
    }

    @Test
    void createReadAndEditATrackingRecordOverApi1() throws Exception {
        try (X3Client client = X3Client.open(config()
                .credentials(new BasicCredentials(X3Simulator.DEFAULT_USER, Secret.of(X3Simulator.DEFAULT_PASSWORD)))
                .build())) {
            X3RecordClient records = client.records();
            assertThat(records.read(TRACKING, order)).isEmpty();

            ObjectNode created = TestSupport.JSON.createObjectNode().put("YORDNUM", order).put("YORDTYP", "SALES")
                    .put("YCARRIER", "UPS").put("YSTACOD", "M").put("YSTADES", "Label created");
            created.putArray("YTRKNUM").add("1Z999AA10123456784");
            CreatedRecord result = records.create(TRACKING, created);
            assertThat(result.location()).contains("YSHIPTRK('" + order + "')");
            assertThat(result.record().path("YCARRIER").asText()).isEqualTo("UPS");

            sim.clock().advance(Duration.ofMinutes(5));
            JsonNode edited = records.edit(TRACKING, order,
                    TestSupport.JSON.createObjectNode().put("YSTACOD", "D").put("YSTADES", "Delivered"));
            assertThat(edited.path("YSTACOD").asText()).isEqualTo("D");
            assertThat(edited.path("YCARRIER").asText()).as("partial update keeps the rest").isEqualTo("UPS");
            assertThat(records.read(TRACKING, order).orElseThrow().path("YSTADES").asText()).isEqualTo("Delivered");

            assertThatThrownBy(() -> records.create(TRACKING, created))
                    .isInstanceOf(X3RejectedException.class).hasMessageContaining("already exists");
            assertThatThrownBy(() -> records.edit(TRACKING, "SO999999",
                    TestSupport.JSON.createObjectNode().put("YSTACOD", "D")))
                    .isInstanceOf(X3RejectedException.class);
            assertThatThrownBy(() -> records.edit(TRACKING, order,
                    TestSupport.JSON.createObjectNode().put("YEXCFLG", 7)))
                    .isInstanceOf(X3RejectedException.class).hasMessageContaining("YEXCFLG");

            // the write-back bumps the order, so the feed sees it again with the new revision
            OrderPage page = client.orderFeed().firstPage(OrderKind.SALES, sim.clock().now(), OrderSelection.ALL, 10);
            assertThat(page.orders()).extracting(Order::number).containsExactly(order);
        }
    }

    @Test
    void updateMutationOverGraphQl() throws Exception {
        ConnectedAppCredentials app = new ConnectedAppCredentials(X3Simulator.DEFAULT_APP_ID,
                Secret.of(X3Simulator.DEFAULT_APP_SECRET), X3Simulator.DEFAULT_USER, null, null);
        try (X3Client client = X3Client.open(config().credentials(app).build())) {
            JsonNode data = client.graphQl().execute("""
                    mutation Track($data: SalesOrderUpdateInput!) {
                      x3Sales { salesOrder { update(data: $data) { id yTrackingNumbers yCarrierStatusCode } } } }""",
                    Map.of("data", Map.of("id", order, "yTrackingNumbers", List.of("1Z999AA10123456784"),
                            "yCarrier", "UPS", "yCarrierStatusCode", "I")));

            JsonNode updated = data.path("x3Sales").path("salesOrder").path("update");
            assertThat(updated.path("id").asText()).isEqualTo(order);
            assertThat(updated.path("yCarrierStatusCode").asText()).isEqualTo("I");
            assertThat(sim.admin().writeBack(order)).isPresent();

            assertThatThrownBy(() -> client.graphQl().execute("""
                    mutation Track($data: SalesOrderUpdateInput!) {
                      x3Sales { salesOrder { update(data: $data) { id } } } }""",
                    Map.of("data", Map.of("id", "SO999999", "yCarrier", "UPS"))))
                    .isInstanceOf(X3RejectedException.class);
        }
    }
}
