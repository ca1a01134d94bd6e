package dev.x3ups.it.harness;

import dev.x3ups.embedded.kafka.EmbeddedKafka;

/** The default: a KRaft node in this JVM. */
final class EmbeddedBroker implements KafkaBroker {

    private final EmbeddedKafka kafka;

    EmbeddedBroker(EmbeddedKafka kafka) {
        this.kafka = kafka;
    }

    static EmbeddedBroker start() {
        return new EmbeddedBroker(EmbeddedKafka.create().start());
    }

    @Override
    public String bootstrapServers() {
        return kafka.bootstrapServers();
    }

    @Override
    public void close() {
        kafka.close();
    }
}
