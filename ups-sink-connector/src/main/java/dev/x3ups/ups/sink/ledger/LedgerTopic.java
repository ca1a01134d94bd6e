package dev.x3ups.ups.sink.ledger;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.connect.errors.ConnectException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates the compacted ledger topic when it does not exist yet, with the {@link CompactionSettings} under which
 * retired orders really leave it, and warns when an existing one keeps them for long; {@link #ensure(String, Map,
 * String, int, short, Map)} creates another topic the sink writes (the labels topic) with its own settings.
 */
public final class LedgerTopic {
    private static final Logger LOG = LoggerFactory.getLogger(LedgerTopic.class);
    private static final Map<String, String> COMPACTED = CompactionSettings.forNewTopic();

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
        boolean created = ensure(admin, topic, partitions, replicationFactor, COMPACTED);
        if (!created) {
            warnIfKeepingHistory(admin, topic);
        }
        return created;
    }

    /** Best effort: a principal not allowed to describe the topic's settings gets no warning. */
    private static void warnIfKeepingHistory(Admin admin, String topic) {
        ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, topic);
        try {
            Config config = admin.describeConfigs(List.of(resource)).all().get(30, TimeUnit.SECONDS).get(resource);
            Map<String, String> actual = new HashMap<>();
            config.entries().forEach(e -> {
                if (e.value() != null) {
                    actual.put(e.name(), e.value());
                }
            });
            CompactionSettings.warning(topic, actual).ifPresent(LOG::warn);
        } catch (ExecutionException | TimeoutException | RuntimeException e) {
            LOG.debug("Could not read the settings of topic {}: {}", topic, e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
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
            admin.createTopics(List.of(newTopic)).all().get(30, TimeUnit.SECONDS);
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
