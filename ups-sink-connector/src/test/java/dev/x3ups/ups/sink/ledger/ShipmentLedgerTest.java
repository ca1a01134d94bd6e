package dev.x3ups.ups.sink.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.x3ups.records.Order;
import dev.x3ups.records.ShipmentLedgerEntry;
import dev.x3ups.records.ShipmentState;
import dev.x3ups.ups.sink.support.SinkOrders;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.Test;

class ShipmentLedgerTest {
    private final LedgerEntries entries = new LedgerEntries(Clock.systemUTC());
    private final Order order = SinkOrders.order("SO1");
    private final List<CompletableFuture<LedgerPosition>> acks = new ArrayList<>();
    private final List<ShipmentLedgerEntry> sent = new ArrayList<>();
    private final List<String> tombstones = new ArrayList<>();

    /** A log whose acknowledgements the test releases. */
    private final LedgerLog manualLog = new LedgerLog() {
        @Override
        public synchronized CompletableFuture<LedgerPosition> append(ShipmentLedgerEntry entry) {
            sent.add(entry);
            CompletableFuture<LedgerPosition> ack = new CompletableFuture<>();
            acks.add(ack);
            return ack;
        }

        @Override
        public synchronized CompletableFuture<LedgerPosition> tombstone(String orderKey) {
            tombstones.add(orderKey);
            CompletableFuture<LedgerPosition> ack = new CompletableFuture<>();
            acks.add(ack);
            return ack;
        }

        @Override
        public void close() {
        }
    };

    private ShipmentLedgerEntry pending() {
        return entries.pending(order, "d1", order.key(), "03");
    }

    private ShipmentLedgerEntry failed() {
        return entries.failed(order, "d1", order.key(), "X", "reason");
    }

    @Test
    void anEntryBecomesVisibleOnlyOnceAcknowledged() {
        ShipmentLedger ledger = new ShipmentLedger(manualLog);
        CompletableFuture<ShipmentLedgerEntry> written = ledger.write(pending());

        assertThat(ledger.get(order.key())).isEmpty();
        acks.get(0).complete(new LedgerPosition(0, 0));

        assertThat(written).isCompleted();
        assertThat(ledger.get(order.key())).map(ShipmentLedgerEntry::state).contains(ShipmentState.PENDING);
    }

    @Test
    void writesOfOneOrderAreSentOneAfterTheOther() {
        ShipmentLedger ledger = new ShipmentLedger(manualLog);
        ledger.write(pending());
        CompletableFuture<ShipmentLedgerEntry> second = ledger.write(failed());

        assertThat(sent).hasSize(1);
        acks.get(0).complete(new LedgerPosition(0, 0));
        assertThat(sent).hasSize(2);
        acks.get(1).complete(new LedgerPosition(0, 1));
        assertThat(second.join().state()).isEqualTo(ShipmentState.FAILED);
    }

    @Test
    void anUpdateSeesTheEntryOfTheWriteBeforeIt() throws Exception {
        ShipmentLedger ledger = new ShipmentLedger(new dev.x3ups.ups.sink.support.MemoryLedgerLog());
        ledger.write(pending()).get();

        ShipmentLedgerEntry updated = ledger.update(order.key(),
                current -> current.map(e -> entries.failed(order, e.orderDigest(), e.reference(), "C", "m"))).get();
        ShipmentLedgerEntry unchanged = ledger.update(order.key(), current -> Optional.empty()).get();

        assertThat(updated.state()).isEqualTo(ShipmentState.FAILED);
        assertThat(unchanged).isEqualTo(updated);
    }

    @Test
    void entriesReadBackFromTheTopicNeverReplaceNewerOnes() throws Exception {
        ShipmentLedger ledger = new ShipmentLedger(manualLog);
        CompletableFuture<ShipmentLedgerEntry> written = ledger.write(failed());
        acks.get(0).complete(new LedgerPosition(0, 7));
        written.get();

        ledger.applyFromLog(order.key(), pending(), new LedgerPosition(0, 6));
        assertThat(ledger.get(order.key()).orElseThrow().state()).isEqualTo(ShipmentState.FAILED);

        ledger.applyFromLog(order.key(), pending(), new LedgerPosition(0, 8));
        assertThat(ledger.get(order.key()).orElseThrow().state()).isEqualTo(ShipmentState.PENDING);

        ledger.applyFromLog(order.key(), null, new LedgerPosition(0, 9));
        assertThat(ledger.get(order.key())).isEmpty();
        assertThat(ledger.size()).isZero();
    }

    @Test
    void aFailedWriteLeavesTheEntryAsItWasAndDoesNotBlockTheNextWrite() {
        ShipmentLedger ledger = new ShipmentLedger(manualLog);
        CompletableFuture<ShipmentLedgerEntry> first = ledger.write(pending());
        CompletableFuture<ShipmentLedgerEntry> second = ledger.write(failed());
        acks.get(0).completeExceptionally(new LedgerWriteException(order.key(), new IllegalStateException("down")));

        assertThatThrownBy(first::get).isInstanceOf(ExecutionException.class);
        assertThat(ledger.get(order.key())).isEmpty();
        acks.get(1).complete(new LedgerPosition(0, 1));
        assertThat(second.join().state()).isEqualTo(ShipmentState.FAILED);
        assertThat(ledger.entries()).hasSize(1);
    }

    @Test
    void aRetiredOrderLeavesMemoryOnlyOnceItsTombstoneIsAcknowledged() {
        ShipmentLedger ledger = new ShipmentLedger(manualLog);
        ledger.write(failed());
        acks.get(0).complete(new LedgerPosition(0, 0));

        CompletableFuture<Boolean> retired = ledger.retire(order.key(), e -> true);
        assertThat(tombstones).containsExactly(order.key());
        assertThat(ledger.get(order.key())).isPresent();
        acks.get(1).complete(new LedgerPosition(0, 1));

        assertThat(retired).isCompletedWithValue(true);
        assertThat(ledger.get(order.key())).isEmpty();
        assertThat(ledger.size()).isZero();
    }

    @Test
    void aRetirementWaitsForTheOrdersWriteAndChecksTheEntryThatWriteLeft() {
        ShipmentLedger ledger = new ShipmentLedger(manualLog);
        ledger.write(failed());
        acks.get(0).complete(new LedgerPosition(0, 0));
        ledger.write(pending()); // the order changed while the retirement job looked at the FAILED entry

        CompletableFuture<Boolean> retired = ledger.retire(order.key(), e -> e.state() == ShipmentState.FAILED);
        assertThat(tombstones).isEmpty();
        acks.get(1).complete(new LedgerPosition(0, 1));

        assertThat(retired).isCompletedWithValue(false);
        assertThat(tombstones).isEmpty();
        assertThat(ledger.get(order.key())).map(ShipmentLedgerEntry::state).contains(ShipmentState.PENDING);
    }

    @Test
    void aWriteAskedAfterARetirementRecordsTheOrderAgain() {
        ShipmentLedger ledger = new ShipmentLedger(manualLog);
        ledger.write(failed());
        acks.get(0).complete(new LedgerPosition(0, 0));
        CompletableFuture<Boolean> retired = ledger.retire(order.key(), e -> true);
        CompletableFuture<ShipmentLedgerEntry> next = ledger.write(pending());
        assertThat(sent).hasSize(1);

        acks.get(1).complete(new LedgerPosition(0, 1));
        acks.get(2).complete(new LedgerPosition(0, 2));

        assertThat(retired).isCompletedWithValue(true);
        assertThat(next).isCompleted();
        assertThat(ledger.get(order.key())).map(ShipmentLedgerEntry::state).contains(ShipmentState.PENDING);
    }

    @Test
    void anOrderWithoutEntryIsNotTombstoned() {
        ShipmentLedger ledger = new ShipmentLedger(manualLog);

        assertThat(ledger.retire("SO-NONE", e -> true)).isCompletedWithValue(false);
        assertThat(tombstones).isEmpty();
    }
}
