package dev.x3ups.quickstart.pipeline;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.StringDeserializer;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Reads the three topics from the beginning on a daemon thread (committed records only) into a
 * {@link TopicTally}. It never creates a topic: the connectors do that, with their own settings.
 */
public final class TopicFollower implements AutoCloseable {

    private final KafkaConsumer<String, String> consumer;
    private final TopicTally tally;
    private final Thread thread;
    private volatile boolean running = true;

    public TopicFollower(String bootstrapServers, TopicTally tally) {
        this.tally = tally;
        this.consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, "quickstart-progress-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
                ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, "false",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false",
                ConsumerConfig.METADATA_MAX_AGE_CONFIG, "2000"),
                new StringDeserializer(), new StringDeserializer());
        this.thread = new Thread(this::loop, "quickstart-topic-follower");
        this.thread.setDaemon(true);
    }

    public TopicFollower start() {
        consumer.subscribe(List.of(TopicTally.ORDERS, TopicTally.SHIPMENTS, TopicTally.TRACKING, TopicTally.PICKUPS));
        thread.start();
        return this;
    }

    private void loop() {
        try {
            while (running) {
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(500))) {
                    tally.accept(r.topic(), r.key(), r.value());
                }
            }
        } catch (WakeupException e) {
            // close() asked us to stop
        } finally {
            consumer.close(Duration.ofSeconds(2));
        }
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        consumer.wakeup();
        thread.join(5_000);
    }
}
