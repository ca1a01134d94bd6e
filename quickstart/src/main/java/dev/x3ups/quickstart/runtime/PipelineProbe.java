package dev.x3ups.quickstart.runtime;

import dev.x3ups.quickstart.orders.OrderRef;
import dev.x3ups.quickstart.pipeline.LedgerEntry;
import dev.x3ups.quickstart.pipeline.TopicTally;
import dev.x3ups.quickstart.progress.ProgressSnapshot;
import dev.x3ups.quickstart.summary.OrderOutcome;
import dev.x3ups.quickstart.summary.RunAssessor;
import dev.x3ups.quickstart.summary.RunState;
import dev.x3ups.quickstart.summary.WriteBack;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/** Samples the whole pipeline: the run's orders, the topics, X3's write-backs, UPS and the printers. */
public final class PipelineProbe {

    private final Supplier<List<OrderRef>> orders;
    private final TopicTally topics;
    private final Supplier<Map<String, WriteBack>> writeBacks;
    private final LongSupplier x3Updates;
    private final RunAssessor assessor;
    private final LongSupplier labelsPrinted;

    PipelineProbe(Supplier<List<OrderRef>> orders, TopicTally topics, Supplier<Map<String, WriteBack>> writeBacks,
                  LongSupplier x3Updates, RunAssessor assessor, LongSupplier labelsPrinted) {
        this.labelsPrinted = labelsPrinted;
        this.orders = orders;
        this.topics = topics;
        this.writeBacks = writeBacks;
        this.x3Updates = x3Updates;
        this.assessor = assessor;
    }

    public RunState state() {
        return assessor.assess(orders.get(), topics.ledger(), writeBacks.get());
    }

    /** Order number → the reason X3 shows, for the orders that ended flagged or held. */
    public Map<String, String> flagged() {
        Map<String, WriteBack> x3 = writeBacks.get();
        Map<String, String> out = new TreeMap<>();
        assessor.assess(orders.get(), topics.ledger(), x3).outcomes().forEach((order, outcome) -> {
            if (outcome == OrderOutcome.FLAGGED || outcome == OrderOutcome.HELD) {
                out.put(order.number(), x3.get(order.number()).exceptionReason());
            }
        });
        return out;
    }

    public ProgressSnapshot snapshot() {
        List<OrderRef> all = orders.get();
        Map<String, LedgerEntry> ledger = topics.ledger();
        RunState state = assessor.assess(all, ledger, writeBacks.get());
        Collection<LedgerEntry> entries = ledger.values();
        return new ProgressSnapshot(all.size(), topics.ordersDiscovered(),
                (int) entries.stream().filter(LedgerEntry::created).count(),
                (int) entries.stream().filter(LedgerEntry::failed).count(),
                (int) entries.stream().filter(LedgerEntry::subscribed).count(),
                topics.trackingEvents(), topics.trackingExceptions(), x3Updates.getAsLong(),
                state.count(OrderOutcome.DELIVERED), state.count(OrderOutcome.FLAGGED), labelsPrinted.getAsLong(),
                (int) entries.stream().filter(LedgerEntry::held).count());
    }
}
