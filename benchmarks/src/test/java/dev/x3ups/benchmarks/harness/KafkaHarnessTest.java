package dev.x3ups.benchmarks.harness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.x3ups.embedded.kafka.EmbeddedKafka;
import dev.x3ups.records.ShipmentState;
import dev.x3ups.records.SubscriptionState;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The Kafka-facing helpers on a real in-process broker (no Connect, no scenario). */
class KafkaHarnessTest {

    private static EmbeddedKafka kafka;

    @BeforeAll
    static void startBroker() {
        kafka = EmbeddedKafka.create().start();
    }

    @AfterAll
    static void stopBroker() {
        kafka.close();
    }

    @Test
    @SuppressWarnings("try") // the tail works on its own thread while open
    void producedOrdersAreReadBackByATailThatStartedBeforeTheTopicExisted() {
        Set<String> keys = ConcurrentHashMap.newKeySet();
        try (TopicTail tail = new TopicTail(kafka.bootstrapServers(), "orders-a",
                r -> keys.add(new String(r.key(), StandardCharsets.UTF_8)))) {
            kafka.topics().create("orders-a", 1);
            List<String> produced = new OrderProducer(kafka.bootstrapServers()).produce("orders-a", "T", 25);
            assertThat(produced).hasSize(25).first().isEqualTo("SEED:SALES:T00001");
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(keys).containsExactlyInAnyOrderElementsOf(produced));
        }
    }

    @Test
    void aSeededLedgerIsSeenByTheLedgerWatchAsShippedAndSubscribed() {
        kafka.topics().createCompacted("ledger-a", 1);
        new LedgerSeeder(kafka.bootstrapServers()).seed("ledger-a", "WHK", List.of("1ZA", "1ZB", "1ZC"));
        try (LedgerWatch watch = new LedgerWatch(kafka.bootstrapServers(), "ledger-a")) {
            await().atMost(Duration.ofSeconds(30)).until(() -> watch.finalCount() == 3);
            assertThat(watch.createdCount()).isEqualTo(3);
            assertThat(watch.subscribedCount()).isEqualTo(3);
            assertThat(watch.entries().get("SEED:SALES:WHK00002").trackingNumber()).isEqualTo("1ZB");
            assertThat(watch.entries().get("SEED:SALES:WHK00002").state()).isEqualTo(ShipmentState.CREATED);
            assertThat(watch.entries().get("SEED:SALES:WHK00002").subscription()).isEqualTo(SubscriptionState.ACTIVE);
        }
    }
}
