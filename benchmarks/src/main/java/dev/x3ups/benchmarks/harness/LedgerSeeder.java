package dev.x3ups.benchmarks.harness;

import dev.x3ups.records.ShipmentLedgerEntry;
import dev.x3ups.records.ShipmentState;
import dev.x3ups.records.SubscriptionState;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * Writes shipped, subscribed orders into a ledger topic as the UPS sink would, so the tracking source can name
 * the order of every event without the sink running.
 */
public final class LedgerSeeder {

    private final String bootstrapServers;
    private final RecordCodec codec = new RecordCodec();

    public LedgerSeeder(String bootstrapServers) {
        this.bootstrapServers = bootstrapServers;
    }

    /** One order per tracking number: {@code SEED:SALES:<prefix>00001} ships {@code trackingNumbers.get(0)}, … */
    public void seed(String ledgerTopic, String prefix, List<String> trackingNumbers) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.LINGER_MS_CONFIG, "5"), new ByteArraySerializer(), new ByteArraySerializer())) {
            for (int i = 0; i < trackingNumbers.size(); i++) {
                String key = ConnectorConfigs.X3_FOLDER + ":SALES:" + String.format("%s%05d", prefix, i + 1);
                String tn = trackingNumbers.get(i);
                ShipmentLedgerEntry entry = ShipmentLedgerEntry.builder().orderKey(key).state(ShipmentState.CREATED)
                        .orderRevision(now).reference(key).shipmentId(tn).trackingNumbers(tn).serviceCode("03")
                        .subscriptionState(SubscriptionState.ACTIVE).subscriptionExpiry(now.plus(14, ChronoUnit.DAYS))
                        .updatedAt(now).build();
                producer.send(new ProducerRecord<>(ledgerTopic, key.getBytes(StandardCharsets.UTF_8),
                        codec.ledgerEntry(ledgerTopic, entry)));
            }
            producer.flush();
        }
    }
}
