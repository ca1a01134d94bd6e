package dev.x3ups.benchmarks.harness;

import dev.x3ups.benchmarks.load.TrackAlertEvents;
import dev.x3ups.records.ShipmentLedgerCodec;
import dev.x3ups.records.ShipmentLedgerEntry;
import dev.x3ups.records.ShipmentState;
import dev.x3ups.records.SubscriptionState;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * Writes a UPS sink ledger's history straight to ledger topics, in one pass for three shapes of the same ledger:
 * live entries only; a retired history (every past order's final entry, then its tombstone, as retirement
 * writes them) before the live entries; the same history never retired (final entries, no tombstones). Each
 * value is serialised once and sent to every topic that holds it.
 */
public final class LedgerHistory {

    /** Past orders are this old: final for longer than any retention and subscription age the sink uses. */
    static final Duration HISTORY_AGE = Duration.ofDays(400);
    static final String HISTORY_PREFIX = "H";
    static final String LIVE_PREFIX = "L";

    /** The three topics written; any may be null to skip it. */
    public record Topics(String liveOnly, String retired, String neverRetired) {
    }

    private LedgerHistory() {
    }

    public static String historyKey(int i) {
        return key(HISTORY_PREFIX, i);
    }

    public static String liveKey(int i) {
        return key(LIVE_PREFIX, i);
    }

    private static String key(String prefix, int i) {
        return ConnectorConfigs.X3_FOLDER + ":SALES:" + prefix + String.format("%07d", i);
    }

    /** Whether a ledger key is one of the history's (not a live order's). */
    public static boolean isHistory(String key) {
        return key.startsWith(ConnectorConfigs.X3_FOLDER + ":SALES:" + HISTORY_PREFIX);
    }

    /** Whether a ledger key is one of the live orders'. */
    public static boolean isLive(String key) {
        return key.startsWith(ConnectorConfigs.X3_FOLDER + ":SALES:" + LIVE_PREFIX);
    }

    /** The key of the marker that rolls a topic's last segment; no order has it. */
    public static String rollKey() {
        return ConnectorConfigs.X3_FOLDER + ":SALES:ROLL";
    }

    /**
     * Appends a tombstone no order owns to each topic, once their segments are older than {@code segmentAge}:
     * the append rolls the segment that holds the last written entries, so the cleaner may clean them (it never
     * cleans a topic's active segment). A live ledger gets such appends all day.
     */
    public static void rollSegments(String bootstrapServers, List<String> topics, Duration segmentAge) {
        long due = System.nanoTime() + segmentAge.plusMillis(200).toNanos();
        org.awaitility.Awaitility.await("segments older than " + segmentAge).atMost(segmentAge.plusSeconds(5))
                .pollInterval(Duration.ofMillis(50)).until(() -> System.nanoTime() >= due);
        appendMarker(bootstrapServers, topics);
    }

    /**
     * Appends the marker tombstone to each topic. Appended once a segment is older than the topic's segment age, it
     * rolls that segment: the cleaner then has dirt to clean and passes over the log again, dropping the tombstones
     * whose delete horizon has passed (a log without dirt is never cleaned again, whatever tombstones it holds).
     */
    public static void appendMarker(String bootstrapServers, List<String> topics) {
        byte[] key = rollKey().getBytes(java.nio.charset.StandardCharsets.UTF_8);
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers), new ByteArraySerializer(),
                new ByteArraySerializer())) {
            for (String topic : topics) {
                producer.send(new ProducerRecord<>(topic, key, null));
            }
            producer.flush();
        }
    }

    /** A shipped order still on its way: subscribed, updated now. */
    static ShipmentLedgerEntry live(int i, Instant now) {
        return shipped(liveKey(i), 2_000_000 + i, now, SubscriptionState.ACTIVE, now.plus(14, ChronoUnit.DAYS));
    }

    /** A past order as retirement finds it: shipped long ago, its subscription's expiry long past, never changed since. */
    static ShipmentLedgerEntry past(int i, Instant now) {
        Instant then = now.minus(HISTORY_AGE);
        return shipped(historyKey(i), i, then, SubscriptionState.ACTIVE, then.plus(14, ChronoUnit.DAYS));
    }

    private static ShipmentLedgerEntry shipped(String key, int sequence, Instant at, SubscriptionState subscription,
                                               Instant expiry) {
        String tn = TrackAlertEvents.trackingNumber(ConnectorConfigs.UPS_ACCOUNT, "03", sequence % 10_000_000);
        return ShipmentLedgerEntry.builder().orderKey(key).state(ShipmentState.CREATED).orderRevision(at)
                .orderDigest(Integer.toHexString(key.hashCode()) + "0123456789abcdef0123456789abcdef")
                .reference(key.substring(key.lastIndexOf(':') + 1)).shipmentId(tn).trackingNumbers(tn)
                .serviceCode("03").subscriptionState(subscription).subscriptionExpiry(expiry).site(sequence % 2 == 0 ? "ATL" : "RNO")
                .destinationCountry("US").packageWeightsKg(List.of(new BigDecimal("2.5"))).pickupDate(
                        LocalDate.ofInstant(at, ZoneOffset.UTC)).updatedAt(at).build();
    }

    /** Writes {@code history} past orders, then {@code live} live ones; returns how long it took. */
    public static Duration write(String bootstrapServers, Topics topics, int history, int live) {
        long t0 = System.nanoTime();
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        ShipmentLedgerCodec codec = new ShipmentLedgerCodec("ups.shipments");
        AtomicReference<Exception> failure = new AtomicReference<>();
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.ACKS_CONFIG, "1",
                ProducerConfig.LINGER_MS_CONFIG, "20",
                ProducerConfig.BATCH_SIZE_CONFIG, Integer.toString(512 * 1024),
                ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4",
                ProducerConfig.BUFFER_MEMORY_CONFIG, Long.toString(128L * 1024 * 1024),
                ProducerConfig.MAX_REQUEST_SIZE_CONFIG, Integer.toString(4 * 1024 * 1024)),
                new ByteArraySerializer(), new ByteArraySerializer())) {
            for (int i = 1; i <= history; i++) {
                byte[] key = sendEntry(producer, failure, codec, past(i, now), topics.retired(), topics.neverRetired());
                send(producer, failure, topics.retired(), key, null); // retirement's tombstone, after the final entry
            }
            for (int i = 1; i <= live; i++) {
                sendEntry(producer, failure, codec, live(i, now), topics.liveOnly(), topics.retired(),
                        topics.neverRetired());
            }
            producer.flush();
        }
        if (failure.get() != null) {
            throw new IllegalStateException("ledger history not written", failure.get());
        }
        return Duration.ofNanos(System.nanoTime() - t0);
    }

    /** Serialises the entry once and sends it to each topic; returns its key. */
    private static byte[] sendEntry(KafkaProducer<byte[], byte[]> producer, AtomicReference<Exception> failure,
                                    ShipmentLedgerCodec codec, ShipmentLedgerEntry entry, String... topics) {
        byte[] key = codec.key(entry);
        byte[] value = codec.value(entry);
        for (String topic : topics) {
            send(producer, failure, topic, key, value);
        }
        return key;
    }

    private static void send(KafkaProducer<byte[], byte[]> producer, AtomicReference<Exception> failure, String topic,
                             byte[] key, byte[] value) {
        if (topic != null) {
            producer.send(new ProducerRecord<>(topic, key, value), (metadata, e) -> {
                if (e != null) {
                    failure.compareAndSet(null, e);
                }
            });
        }
    }
}
