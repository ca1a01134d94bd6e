package dev.x3ups.it.harness;

/** The broker a test cluster's Connect workers run on: in-process or in a container. */
interface KafkaBroker extends AutoCloseable {

    String bootstrapServers();

    @Override
    void close();
}
