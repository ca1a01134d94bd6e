package dev.x3ups.ups.sink.ledger;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.connect.errors.ConnectException;

/**
 * Creates the compacted ledger topic when it does not exist yet; {@link #ensure(String, Map, String, int, short,
 * Map)} creates another topic the sink writes (the labels topic) with its own settings the same way.
 */
public final class LedgerTopic {
    private static final Map<String, String> COMPACTED =
            Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT);

    private LedgerTopic() {
    }

    /** @param replicationFactor -1 for the broker default; @param partitions -1 for the broker default */
    public static boolean ensure(String bootstrapServers, Map<String, Object> adminOverrides, String topic,
                                 int partitions, short replicationFactor) {
        return ensure(bootstrapServers, adminOverrides, topic, partitions, replicationFactor, COMPACTED);
    }

    /** As the ledger topic, but created with {@code topicConfigs}. */
    public static boolean ensure(String bootstrapServers, Map<String, Object> adminOverrides, String topic,
                                 int partitions, short replicationFactor, Map<String, String> topicConfigs) {
        Map<String, Object> props = new HashMap<>(adminOverrides);
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        try (Admin admin = Admin.create(props)) {
            return ensure(admin, topic, partitions, replicationFactor, topicConfigs);
        }
    }

    static boolean ensure(Admin admin, String topic, int partitions, short replicationFactor) {
        return ensure(admin, topic, partitions, replicationFactor, COMPACTED);
    }

    static boolean ensure(Admin admin, String topic, int partitions, short replicationFactor,
                          Map<String, String> topicConfigs) {
        try {
            Set<String> names = admin.listTopics().names().get(30, TimeUnit.SECONDS);
            if (names.contains(topic)) {
                return false;
            }
            NewTopic newTopic = new NewTopic(topic,
                    partitions > 0 ? Optional.of(partitions) : Optional.empty(),
                    replicationFactor > 0 ? Optional.of(replicationFactor) : Optional.empty())
                    .configs(topicConfigs);
            admin.createTopics(java.util.List.of(newTopic)).all().get(30, TimeUnit.SECONDS);
            return true;
        } catch (ExecutionException e) {
            if (e.getCause() instanceof TopicExistsException) {
                return false; // another task won the race
            }
            throw new ConnectException("could not create topic " + topic + ": " + e.getCause().getMessage(), e);
        } catch (TimeoutException e) {
            throw new ConnectException("timed out creating topic " + topic, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ConnectException("interrupted creating topic " + topic, e);
        }
    }
}
