package dev.x3ups.benchmarks.harness;

import dev.x3ups.records.Address;
import dev.x3ups.records.Order;
import dev.x3ups.records.OrderKind;
import dev.x3ups.records.OrderLine;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * Writes orders to an orders topic exactly as the X3 source does, so the UPS sink can be measured alone,
 * with its whole backlog waiting (what it sustains, not how fast the source feeds it).
 */
public final class OrderProducer {

    private final String bootstrapServers;
    private final RecordCodec codec = new RecordCodec();

    public OrderProducer(String bootstrapServers) {
        this.bootstrapServers = bootstrapServers;
    }

    /** {@code count} domestic orders numbered {@code prefix00001…}, all to one customer; returns their keys. */
    public List<String> produce(String topic, String prefix, int count) {
        return produce(topic, prefix, count, 1);
    }

    /** As above, the orders going round {@code customers} customers' addresses (repeat customers). */
    public List<String> produce(String topic, String prefix, int count, int customers) {
        List<String> keys = new ArrayList<>(count);
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.LINGER_MS_CONFIG, "5",
                ProducerConfig.ACKS_CONFIG, "all"), new ByteArraySerializer(), new ByteArraySerializer())) {
            for (int i = 1; i <= count; i++) {
                Order order = order(String.format("%s%05d", prefix, i), (i - 1) % customers);
                keys.add(order.key());
                producer.send(new ProducerRecord<>(topic, order.key().getBytes(StandardCharsets.UTF_8),
                        codec.order(topic, order)));
            }
            producer.flush();
        }
        return keys;
    }

    static Order order(String number) {
        return order(number, 0);
    }

    /** Customer 0 at 191 Peachtree St NE, customer n two doors further per n. */
    static Order order(String number, int customer) {
        Address shipTo = new Address("Peachtree Outdoor Supply", "Dana Whitfield", "+1 404 555 0123",
                "receiving@peachtree-outdoor.example", List.of((191 + 2 * customer) + " Peachtree St NE", "Suite 3300"),
                "Atlanta", "GA", "30303", "US", false);
        OrderLine line = new OrderLine(1000, "IT0001", "Trail backpack 30 l", new BigDecimal("2"), "UN",
                new BigDecimal("1.5"), null, "KG", null);
        return new Order(OrderKind.SALES, ConnectorConfigs.X3_FOLDER, number, "ATL",
                Instant.now().truncatedTo(ChronoUnit.MILLIS), "C0001", null, shipTo, List.of(line),
                new BigDecimal("99.50"), "USD", "UGND", "UPS", "OPEN", "PO-" + number);
    }
}
