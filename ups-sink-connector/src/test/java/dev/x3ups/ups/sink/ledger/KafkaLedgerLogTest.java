package dev.x3ups.ups.sink.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.x3ups.records.Order;
import dev.x3ups.records.ShipmentLedgerCodec;
import dev.x3ups.ups.sink.support.SinkOrders;
import java.time.Clock;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.Test;

class KafkaLedgerLogTest {
    private final MockProducer<byte[], byte[]> producer = new MockProducer<>(false, null, new ByteArraySerializer(),
            new ByteArraySerializer());
    private final KafkaLedgerLog log = new KafkaLedgerLog(producer, new ShipmentLedgerCodec("ledger"), "ledger", Runnable::run);
    private final Order order = SinkOrders.order("SO1");
    private final LedgerEntries entries = new LedgerEntries(Clock.systemUTC());

    @Test
    void completesWithThePositionOnlyWhenTheBrokerAcknowledges() throws Exception {
        var acked = log.append(entries.pending(order, "d", order.key(), "03"));

        assertThat(acked).isNotDone();
        assertThat(producer.history()).singleElement().satisfies(r -> {
            assertThat(r.topic()).isEqualTo("ledger");
            assertThat(ShipmentLedgerCodec.orderKey(r.key())).isEqualTo(order.key());
        });
        producer.completeNext();
        assertThat(acked.get().partition()).isZero();
    }

    @Test
    void aRefusedSendFailsWithTheOrderKey() {
        var acked = log.append(entries.pending(order, "d", order.key(), "03"));
        producer.errorNext(new org.apache.kafka.common.errors.TimeoutException("no broker"));

        assertThatThrownBy(acked::get).isInstanceOf(ExecutionException.class)
                .hasCauseInstanceOf(LedgerWriteException.class).hasMessageContaining(order.key());
    }
}
