package dev.x3ups.connect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.config.ConfigDef;
import org.junit.jupiter.api.Test;

class LedgerClientConfigTest {

    @Test
    void aReaderKeepsTheSecuritySettingsButNeverJoinsAGroupOrReadsUncommitted() {
        Map<String, Object> props = LedgerClientConfig.readerProperties("broker:9093", Map.of(
                "security.protocol", "SASL_SSL", "group.id", "someone", "isolation.level", "read_uncommitted",
                "enable.auto.commit", "true"), "reader-1");

        assertThat(props).containsEntry(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, "broker:9093")
                .containsEntry(ConsumerConfig.CLIENT_ID_CONFIG, "reader-1")
                .containsEntry("security.protocol", "SASL_SSL")
                .containsEntry(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed")
                .containsEntry(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false)
                .doesNotContainKey(ConsumerConfig.GROUP_ID_CONFIG);
    }

    @Test
    void aWriterIsIdempotentWithAllAcksWhateverItIsGiven() {
        Map<String, Object> props = LedgerClientConfig.writerProperties("broker:9093", Map.of(
                "acks", "1", "enable.idempotence", "false", "linger.ms", "20"), "writer-1");

        assertThat(props).containsEntry(ProducerConfig.ACKS_CONFIG, "all")
                .containsEntry(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true)
                .containsEntry(ProducerConfig.LINGER_MS_CONFIG, "20")
                .containsEntry(ProducerConfig.CLIENT_ID_CONFIG, "writer-1");
    }

    @Test
    void theBootstrapServersAreRequired() {
        ConfigDef def = LedgerClientConfig.define(new ConfigDef(), "Ledger", 1);

        assertThat(def.configKeys().get(LedgerClientConfig.BOOTSTRAP_CONFIG).hasDefault()).isFalse();
        assertThat(def.validate(Map.of(LedgerClientConfig.BOOTSTRAP_CONFIG, " ")).get(0).errorMessages()).isNotEmpty();
    }
}
