package dev.x3ups.connect;

import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.config.AbstractConfig;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.Importance;
import org.apache.kafka.common.config.ConfigDef.Type;
import org.apache.kafka.common.config.ConfigDef.Width;

/**
 * How a connector's own Kafka clients reach the {@code ups.shipments} ledger: the UPS sink writes it, the
 * tracking source reads it. Connect hands connectors neither the worker's bootstrap servers nor its
 * security settings, so both come from the connector's config: {@code ledger.bootstrap.servers}, and any
 * client setting under {@code ledger.consumer.}, {@code ledger.producer.} or {@code ledger.admin.}.
 */
public final class LedgerClientConfig {
    public static final String BOOTSTRAP_CONFIG = "ledger.bootstrap.servers";
    public static final String BOOTSTRAP_DOC = "Kafka bootstrap servers of the cluster holding the ledger topic "
            + "(usually the worker's own bootstrap.servers: Connect does not hand it to connectors). Security and "
            + "other client settings go under ledger.consumer. (both UPS connectors read the ledger, e.g. "
            + "ledger.consumer.security.protocol), and for the UPS sink, which writes and creates it, also under "
            + "ledger.producer. and ledger.admin.";
    public static final String BOOTSTRAP_DISPLAY = "Ledger bootstrap servers";

    /** Prefixes of the settings handed to the ledger's clients, e.g. {@code ledger.consumer.sasl.mechanism}. */
    public static final String PRODUCER_PREFIX = "ledger.producer.";
    public static final String CONSUMER_PREFIX = "ledger.consumer.";
    public static final String ADMIN_PREFIX = "ledger.admin.";

    private LedgerClientConfig() {
    }

    /** Defines {@code ledger.bootstrap.servers} in {@code group} at {@code orderInGroup}; returns {@code def}. */
    public static ConfigDef define(ConfigDef def, String group, int orderInGroup) {
        return def.define(BOOTSTRAP_CONFIG, Type.STRING, ConfigDef.NO_DEFAULT_VALUE, new ConfigDef.NonEmptyString(),
                Importance.HIGH, BOOTSTRAP_DOC, group, orderInGroup, Width.LONG, BOOTSTRAP_DISPLAY);
    }

    /**
     * A reader of the whole ledger: no consumer group (every task assigns every partition itself), no
     * committed offsets, and only committed entries. {@code overrides} are the {@code ledger.consumer.*}
     * settings; what makes it such a reader cannot be overridden.
     */
    public static Map<String, Object> readerProperties(String bootstrapServers, Map<String, Object> overrides,
                                                       String clientId) {
        Map<String, Object> props = clientProperties(bootstrapServers, overrides, clientId);
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        props.remove(ConsumerConfig.GROUP_ID_CONFIG);
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        return props;
    }

    /**
     * An idempotent writer with {@code acks=all}, whatever the {@code ledger.producer.*} {@code overrides}
     * say; linger and in-flight requests stay tunable.
     */
    public static Map<String, Object> writerProperties(String bootstrapServers, Map<String, Object> overrides,
                                                       String clientId) {
        Map<String, Object> props = clientProperties(bootstrapServers, overrides, clientId);
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.putIfAbsent(ProducerConfig.LINGER_MS_CONFIG, 2);
        props.putIfAbsent(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
        return props;
    }

    /** {@code ledger.bootstrap.servers} without surrounding blanks. */
    public static String bootstrapServers(AbstractConfig config) {
        return config.getString(BOOTSTRAP_CONFIG).trim();
    }

    private static Map<String, Object> clientProperties(String bootstrapServers, Map<String, Object> overrides,
                                                        String clientId) {
        Map<String, Object> props = new HashMap<>(overrides);
        props.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(CommonClientConfigs.CLIENT_ID_CONFIG, clientId);
        return props;
    }
}
