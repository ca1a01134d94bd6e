package dev.x3ups.x3.client.auth;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.InvalidProducerEpochException;
import org.apache.kafka.common.errors.InvalidTxnStateException;
import org.apache.kafka.common.errors.ProducerFencedException;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.errors.TransactionAbortedException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * A pairing's records in a compacted topic (created with one partition when missing). The writer's role is the
 * pairing's transactional id: claiming it ({@code initTransactions}) bumps the producer epoch, which fences the
 * previous producer and completes or aborts its open transaction; readers read committed records only.
 */
final class KafkaTokenLog implements TokenLog {
    private static final Duration READ_TIMEOUT = Duration.ofSeconds(30);

    private final TokenTopic topic;
    private final String key;
    private volatile boolean topicReady;

    KafkaTokenLog(TokenTopic topic, String pairing) {
        this.topic = topic;
        this.key = pairingKey(pairing);
    }

    /** The record key and transactional id suffix of a pairing (a digest: the topic shows no URL or client id). */
    static String pairingKey(String pairing) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(pairing.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }

    @Override
    public Session open() throws IOException {
        if (!topicReady) {
            createTopicIfMissing();
            topicReady = true;
        }
        return new KafkaSession();
    }

    private void createTopicIfMissing() throws IOException {
        try (Admin admin = Admin.create(settings())) {
            NewTopic create = new NewTopic(topic.topic(), Optional.of(1), Optional.empty())
                    .configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT));
            admin.createTopics(List.of(create)).all().get();
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw new IOException("could not create the X3 refresh token topic " + topic.topic() + ": "
                        + e.getCause().getMessage());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while creating the X3 refresh token topic");
        } catch (KafkaException e) {
            throw new IOException("could not reach Kafka for the X3 refresh token topic: " + e.getMessage());
        }
    }

    private Map<String, Object> settings() {
        Map<String, Object> settings = new HashMap<>(topic.clientSettings());
        settings.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, topic.bootstrapServers());
        return settings;
    }

    private final class KafkaSession implements Session {
        private final KafkaConsumer<String, String> consumer;
        private KafkaProducer<String, String> producer;
        private Optional<String> latest = Optional.empty();
        private boolean positioned;

        KafkaSession() {
            Map<String, Object> settings = settings();
            settings.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
            settings.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
            this.consumer = new KafkaConsumer<>(settings, new StringDeserializer(), new StringDeserializer());
        }

        @Override
        public Optional<String> latest() throws IOException {
            try {
                Instant giveUp = Instant.now().plus(READ_TIMEOUT);
                if (!positioned) {
                    Set<TopicPartition> partitions = partitions(giveUp);
                    consumer.assign(partitions);
                    consumer.seekToBeginning(partitions);
                    positioned = true;
                }
                Map<TopicPartition, Long> ends = consumer.endOffsets(consumer.assignment());
                while (ends.entrySet().stream().anyMatch(e -> consumer.position(e.getKey()) < e.getValue())) {
                    if (Instant.now().isAfter(giveUp)) {
                        throw new IOException("could not read the X3 refresh token topic " + topic.topic()
                                + " to its end within " + READ_TIMEOUT.toSeconds() + " s");
                    }
                    for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                        if (key.equals(record.key())) {
                            latest = Optional.ofNullable(record.value());
                        }
                    }
                }
                return latest;
            } catch (KafkaException e) {
                throw new IOException("could not read the X3 refresh token topic " + topic.topic() + ": "
                        + e.getMessage());
            }
        }

        /** A topic created a moment ago may not be in the metadata yet. */
        private Set<TopicPartition> partitions(Instant giveUp) throws IOException {
            while (true) {
                Set<TopicPartition> partitions = Set.copyOf(consumer.partitionsFor(topic.topic()).stream()
                        .map(p -> new TopicPartition(p.topic(), p.partition())).toList());
                if (!partitions.isEmpty()) {
                    return partitions;
                }
                if (Instant.now().isAfter(giveUp)) {
                    throw new IOException("the X3 refresh token topic " + topic.topic() + " has no partitions");
                }
                try {
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IOException("interrupted while looking up the X3 refresh token topic");
                }
            }
        }

        @Override
        public void claim() throws IOException {
            closeProducer();
            Map<String, Object> settings = settings();
            settings.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, "x3-refresh-token-" + key);
            settings.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
            settings.put(ProducerConfig.TRANSACTION_TIMEOUT_CONFIG,
                    (int) KafkaRefreshTokenStore.LEASE.toMillis());
            try {
                producer = new KafkaProducer<>(settings, new StringSerializer(), new StringSerializer());
                producer.initTransactions();
            } catch (KafkaException e) {
                closeProducer();
                throw new IOException("could not claim the X3 refresh token's transactional id: " + e.getMessage());
            }
        }

        @Override
        public boolean append(String value) throws IOException {
            if (producer == null) {
                return false;
            }
            try {
                producer.beginTransaction();
                producer.send(new ProducerRecord<>(topic.topic(), key, value)).get();
                producer.commitTransaction();
                return true;
            } catch (ProducerFencedException | InvalidProducerEpochException | InvalidTxnStateException
                     | TransactionAbortedException e) {
                closeProducer();
                return false;
            } catch (ExecutionException e) {
                if (lostTheWritersRole(e.getCause())) {
                    closeProducer();
                    return false;
                }
                abort();
                throw new IOException("could not write to the X3 refresh token topic: " + e.getCause().getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                abort();
                throw new IOException("interrupted while writing to the X3 refresh token topic");
            } catch (KafkaException e) {
                abort();
                throw new IOException("could not write to the X3 refresh token topic: " + e.getMessage());
            }
        }

        /** A later claim bumped the epoch, which fences this producer or aborts its open transaction. */
        private static boolean lostTheWritersRole(Throwable cause) {
            return cause instanceof ProducerFencedException || cause instanceof InvalidProducerEpochException
                    || cause instanceof InvalidTxnStateException || cause instanceof TransactionAbortedException;
        }

        private void abort() {
            try {
                producer.abortTransaction();
            } catch (KafkaException e) {
                closeProducer();
            }
        }

        private void closeProducer() {
            if (producer != null) {
                producer.close(Duration.ofSeconds(5));
                producer = null;
            }
        }

        @Override
        public void close() {
            closeProducer();
            consumer.close(Duration.ofSeconds(5));
        }
    }
}
