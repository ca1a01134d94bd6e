package dev.x3ups.embedded.kafka;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Creates, lists and deletes topics on any cluster reachable at the given bootstrap servers. */
public final class KafkaTopics {

    private static final long TIMEOUT_MS = 30_000;

    private final String bootstrapServers;

    public KafkaTopics(String bootstrapServers) {
        this.bootstrapServers = bootstrapServers;
    }

    public void create(String topic, int partitions) {
        create(topic, partitions, Map.of());
    }

    /** Creates a compacted topic, as Connect's offset and status topics or a latest-state topic need. */
    public void createCompacted(String topic, int partitions) {
        create(topic, partitions, Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT));
    }

    public void create(String topic, int partitions, Map<String, String> configs) {
        NewTopic newTopic = new NewTopic(topic, Optional.of(partitions), Optional.empty()).configs(configs);
        call(admin -> admin.createTopics(Set.of(newTopic)).all().get(TIMEOUT_MS, TimeUnit.MILLISECONDS));
    }

    public Set<String> names() {
        return call(admin -> admin.listTopics().names().get(TIMEOUT_MS, TimeUnit.MILLISECONDS));
    }

    /** The topic's effective configuration (explicit and default values). */
    public Map<String, String> config(String topic) {
        ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, topic);
        Config config = call(admin -> admin.describeConfigs(Set.of(resource)).all()
                .get(TIMEOUT_MS, TimeUnit.MILLISECONDS).get(resource));
        Map<String, String> values = new TreeMap<>();
        config.entries().forEach(entry -> {
            if (entry.value() != null) {
                values.put(entry.name(), entry.value());
            }
        });
        return values;
    }

    public void delete(String topic) {
        call(admin -> admin.deleteTopics(Set.of(topic)).all().get(TIMEOUT_MS, TimeUnit.MILLISECONDS));
    }

    private <T> T call(AdminCall<T> call) {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            return call.apply(admin);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause().getMessage(), e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("admin request timed out after " + TIMEOUT_MS + " ms", e);
        }
    }

    @FunctionalInterface
    private interface AdminCall<T> {
        T apply(Admin admin) throws InterruptedException, ExecutionException, TimeoutException;
    }
}
