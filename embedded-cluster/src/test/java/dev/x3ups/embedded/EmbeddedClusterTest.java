package dev.x3ups.embedded;

import com.fasterxml.jackson.databind.JsonNode;
import dev.x3ups.embedded.connect.ConnectWorker;
import dev.x3ups.embedded.connect.EmbeddedConnect;
import dev.x3ups.embedded.kafka.EmbeddedKafka;
import dev.x3ups.embedded.kafka.Isolation;
import dev.x3ups.embedded.rest.RestResponse;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/** The real broker and workers together: what every integration test relies on. */
class EmbeddedClusterTest {

    private static EmbeddedKafka kafka;
    private static EmbeddedConnect connect;

    @BeforeAll
    static void start() {
        kafka = EmbeddedKafka.create().start();
        // A killed worker holds up the next rebalance until its session times out: keep that short.
        connect = EmbeddedConnect.builder(kafka.bootstrapServers()).exactlyOnceSource(true)
                .workerConfig("session.timeout.ms", "3000")
                .workerConfig("heartbeat.interval.ms", "500")
                .build().start();
    }

    @AfterAll
    static void stop() {
        if (connect != null) {
            connect.close();
        }
        if (kafka != null) {
            kafka.close();
        }
    }

    @Test
    void producesAndReadsBackFromTheBeginning() {
        kafka.topics().create("orders-roundtrip", 3);
        kafka.writer().produce("orders-roundtrip", "SO-1", "{\"order\":\"SO-1\"}");
        kafka.writer().produce("orders-roundtrip", "SO-2", "{\"order\":\"SO-2\"}");

        List<ConsumerRecord<byte[], byte[]>> records = kafka.reader().readAll("orders-roundtrip", Isolation.READ_COMMITTED);

        assertThat(records).extracting(r -> new String(r.key(), StandardCharsets.UTF_8))
                .containsExactlyInAnyOrder("SO-1", "SO-2");
        assertThat(kafka.reader().readAllValuesAsJson("orders-roundtrip", Isolation.READ_UNCOMMITTED))
                .extracting(v -> v.get("order").asText()).containsExactlyInAnyOrder("SO-1", "SO-2");
    }

    @Test
    void transactionsWorkAndReadCommittedHidesAbortedRecords() {
        kafka.topics().create("orders-transactional", 1);
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
                ProducerConfig.TRANSACTIONAL_ID_CONFIG, "embedded-test-tx"),
                new StringSerializer(), new StringSerializer())) {
            producer.initTransactions();
            producer.beginTransaction();
            producer.send(new ProducerRecord<>("orders-transactional", "SO-1", "committed"));
            producer.commitTransaction();
            producer.beginTransaction();
            producer.send(new ProducerRecord<>("orders-transactional", "SO-2", "aborted"));
            producer.flush();
            producer.abortTransaction();
        }

        assertThat(kafka.reader().readAll("orders-transactional", Isolation.READ_COMMITTED))
                .extracting(r -> new String(r.value(), StandardCharsets.UTF_8)).containsExactly("committed");
        assertThat(kafka.reader().readAll("orders-transactional", Isolation.READ_UNCOMMITTED))
                .extracting(r -> new String(r.value(), StandardCharsets.UTF_8)).containsExactly("committed", "aborted");
    }

    @Test
    void createsCompactedTopics() {
        kafka.topics().createCompacted("shipments-latest", 1);

        assertThat(kafka.topics().names()).contains("shipments-latest");
        assertThat(kafka.topics().config("shipments-latest")).containsEntry("cleanup.policy", "compact");
        kafka.topics().create("tracking-short", 1, Map.of("retention.ms", "60000"));
        assertThat(kafka.topics().config("tracking-short")).containsEntry("retention.ms", "60000")
                .containsEntry("cleanup.policy", "delete");
    }

    @Test
    void workerIsHealthyAndUsesItsOwnInternalTopics() {
        RestResponse info = connect.rest().serverInfo();

        assertThat(info.status()).isEqualTo(200);
        assertThat(info.body().get("version").asText()).startsWith("4.4");
        assertThat(kafka.topics().names()).contains(connect.groupId() + "-configs",
                connect.groupId() + "-offsets", connect.groupId() + "-status");
    }

    @Test
    void unknownConnectorAnswers404WithConnectsMessage() {
        RestResponse status = connect.rest().status("no-such-connector");

        assertThat(status.status()).isEqualTo(404);
        assertThat(status.message()).contains("no-such-connector");
    }

    @Test
    void secondWorkerJoinsAndLeavesTheGroup() {
        ConnectWorker second = connect.addWorker();
        try {
            assertThat(second.rest().health().status()).isEqualTo(200);
            assertThat(connect.runningWorkers()).hasSize(2);
            JsonNode plugins = second.rest().connectorPlugins(false).orThrow();
            assertThat(plugins.findValuesAsText("class")).contains("org.apache.kafka.connect.json.JsonConverter");
        } finally {
            second.stop();
        }
        assertThat(second.isRunning()).isFalse();
        await().atMost(Duration.ofSeconds(30))
                .until(() -> connect.rest().connectors().status() == 200);
        assertThat(connect.runningWorkers()).hasSize(1);
    }

    @Test
    void forkedWorkerJoinsAndCanBeKilledWhileTheOthersServe() {
        ConnectWorker forked = connect.addForkedWorker();
        int index = connect.workers().indexOf(forked);
        assertThat(forked.rest().health().status()).isEqualTo(200);
        assertThat(forked.rest().serverInfo().body().get("kafka_cluster_id").asText())
                .isEqualTo(connect.rest().serverInfo().body().get("kafka_cluster_id").asText());

        connect.killWorker(index);

        assertThat(forked.isRunning()).isFalse();
        assertThatThrownBy(() -> forked.rest().health()).isInstanceOf(UncheckedIOException.class);
        assertThat(connect.rest().health().status()).isEqualTo(200);
    }

    @Test
    void aTakenRestPortIsReportedWithTheListener() throws IOException {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
             EmbeddedConnect clashing = EmbeddedConnect.builder(kafka.bootstrapServers())
                     .workerConfig("listeners", "http://127.0.0.1:" + taken.getLocalPort()).build()) {

            assertThatThrownBy(clashing::start)
                    .hasMessageContaining("did not start listening on http://127.0.0.1:" + taken.getLocalPort());
            assertThat(clashing.runningWorkers()).isEmpty();
        }
    }

    @Test
    void exactlyOnceSourceWorkerSettingIsApplied() {
        Map<String, String> props = connect.worker(0).properties();

        assertThat(props).containsEntry("exactly.once.source.support", "enabled")
                .containsEntry("plugin.discovery", "service_load");
    }
}
