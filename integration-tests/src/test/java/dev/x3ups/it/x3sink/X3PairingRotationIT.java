package dev.x3ups.it.x3sink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.x3ups.embedded.connectors.PipelineConfigs;
import dev.x3ups.embedded.connectors.X3Connection;
import dev.x3ups.embedded.kafka.Isolation;
import dev.x3ups.it.harness.ConnectCluster;
import dev.x3ups.it.harness.ConnectIT;
import dev.x3ups.it.harness.ConnectorAwait;
import dev.x3ups.it.harness.TestNames;
import dev.x3ups.it.x3auth.CloudPairing;
import dev.x3ups.records.ShipmentLedgerEntry;
import dev.x3ups.records.ShipmentState;
import dev.x3ups.records.ShipmentRecords;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.connect.json.JsonConverter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An X3 source and an X3 sink on one X3 Cloud pairing (same X3 URL and client id) share one rotating refresh
 * token through the token topic. Access tokens live 6 s, so each connector rotates the token every 3 s or so;
 * across many rotations neither spends a token twice (the simulator would revoke the chain) nor is refused.
 */
@ConnectIT
class X3PairingRotationIT {
    private static final int ROUNDS = 12;

    @TempDir
    Path folder;

    @Test
    void sourceAndSinkOfOnePairingKeepWorkingAcrossManyRotations(ConnectCluster cluster, TestNames names)
            throws Exception {
        String orders = names.topic("x3.orders");
        String shipments = names.topic("ups.shipments");
        String tracking = names.topic("ups.tracking");
        cluster.topics().create(orders, 1);
        cluster.topics().createCompacted(shipments, 1);
        cluster.topics().create(tracking, 1);
        String source = names.connector("x3-source");
        String sink = names.connector("x3-sink");
        try (CloudPairing pairing = CloudPairing.start(Duration.ofSeconds(6), 0, folder)) {
            Map<String, String> tokenTopic = pairing.tokenTopic(cluster.bootstrapServers(),
                    names.topic("x3.refresh.tokens"));
            X3Connection x3 = new X3Connection(pairing.x3.baseUrl(), "SEED", pairing.login());
            cluster.rest().createConnector(source, PipelineConfigs.x3Source(x3, orders).tasks(1).with(tokenTopic)
                    .with("value.converter.schemas.enable", "false").with("x3.entities", "SALES")
                    .with("poll.interval.ms", "300").build()).orThrow();
            cluster.rest().createConnector(sink, PipelineConfigs.x3Sink(x3, shipments, tracking).with(tokenTopic)
                    .with("retry.backoff.ms", "100").with("retry.backoff.max.ms", "1000").build()).orThrow();
            ConnectorAwait.untilRunning(cluster.rest(), source, 1);
            ConnectorAwait.untilRunning(cluster.rest(), sink, 1);

            JsonConverter converter = new JsonConverter();
            converter.configure(Map.of("schemas.enable", "true"), false);
            List<String> created = new ArrayList<>();
            long rotationsBefore = pairing.rotations();
            for (int round = 0; round < ROUNDS; round++) {
                String key = pairing.createSalesOrder(round);
                created.add(key);
                await("order " + key + " read by the source").atMost(Duration.ofSeconds(60))
                        .pollInterval(Duration.ofMillis(300)).until(() -> keysOn(cluster, orders).contains(key));
                String number = key.substring(key.lastIndexOf(':') + 1);
                ShipmentLedgerEntry entry = X3SinkScenarios.ledger(number, ShipmentState.CREATED,
                        List.of("1ZPAIR" + round), null, null);
                cluster.writer().produce(shipments, entry.orderKey().getBytes(StandardCharsets.UTF_8),
                        converter.fromConnectData(shipments, ShipmentRecords.VALUE_SCHEMA, ShipmentRecords.toStruct(entry)));
                await("order " + number + " written back by the sink").atMost(Duration.ofSeconds(60))
                        .pollInterval(Duration.ofMillis(300))
                        .until(() -> pairing.x3.admin().writeBack(number).isPresent());
                // let the access tokens of both connectors run past half-life before the next round
                long rotations = pairing.rotations();
                await("both connectors rotate").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                        .until(() -> pairing.rotations() >= rotations + 1);
            }

            assertThat(pairing.rotations() - rotationsBefore).as("rotations").isGreaterThan(ROUNDS);
            assertThat(pairing.reuses()).as("refresh tokens spent twice").isZero();
            assertThat(pairing.refusedRequests()).as("requests X3 refused (401)").isZero();
            assertThat(keysOn(cluster, orders)).containsAll(created);
            ConnectorAwait.untilRunning(cluster.rest(), source, 1);
            ConnectorAwait.untilRunning(cluster.rest(), sink, 1);
        } finally {
            cluster.rest().deleteConnector(source);
            cluster.rest().deleteConnector(sink);
            ConnectorAwait.untilDeleted(cluster.rest(), source);
            ConnectorAwait.untilDeleted(cluster.rest(), sink);
        }
    }

    private static Set<String> keysOn(ConnectCluster cluster, String topic) {
        Set<String> keys = new HashSet<>();
        cluster.reader().readAll(topic, Isolation.READ_COMMITTED)
                .forEach(r -> keys.add(new String(r.key(), StandardCharsets.UTF_8)));
        return keys;
    }
}
