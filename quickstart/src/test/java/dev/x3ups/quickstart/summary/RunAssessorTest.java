package dev.x3ups.quickstart.summary;

import dev.x3ups.quickstart.orders.OrderRef;
import dev.x3ups.quickstart.pipeline.LedgerEntry;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class RunAssessorTest {

    private static final OrderRef SO1 = new OrderRef(OrderRef.Kind.SALES, "SO000001", false);
    private static final OrderRef SO2 = new OrderRef(OrderRef.Kind.SALES, "SO000002", true);
    private static final OrderRef PO1 = new OrderRef(OrderRef.Kind.PURCHASE, "PO000001", false);
    private static final LabelView LABELLED = new LabelView(n -> true, n -> false);

    @Test
    void joinsOrdersLedgerAndWriteBacksByKeyAndNumber() {
        FakeUps ups = new FakeUps().shipped("SEED:SALES:SO000001", 1, 1).shipped("SEED:PURCHASE:PO000001", 1, 1);
        Map<String, LedgerEntry> ledger = Map.of(
                "SEED:SALES:SO000001", entry("SEED:SALES:SO000001", "CREATED"),
                "SEED:SALES:SO000002", entry("SEED:SALES:SO000002", "FAILED"),
                "SEED:PURCHASE:PO000001", entry("SEED:PURCHASE:PO000001", "CREATED"));
        Map<String, WriteBack> x3 = Map.of(
                "SO000001", new WriteBack("SO000001", "D", false, null, List.of("1Z1")),
                "SO000002", new WriteBack("SO000002", "", true, "Missing state", List.of()),
                "PO000001", new WriteBack("PO000001", "I", false, null, List.of("1Z2")));

        RunState state = new RunAssessor("SEED", ups, LABELLED).assess(List.of(SO1, SO2, PO1), ledger, x3);

        assertThat(state.outcomes()).containsEntry(SO1, OrderOutcome.DELIVERED).containsEntry(SO2, OrderOutcome.FLAGGED)
                .containsEntry(PO1, OrderOutcome.OPEN);
        assertThat(state.settled()).isFalse();
        assertThat(state.open()).containsExactly(PO1);
        assertThat(state.shipments()).isEqualTo(2);
        assertThat(state.duplicates()).isZero();
        assertThat(state.summary(42)).isEqualTo(new RunSummary(3, 2, 0, 1, 1, 1, 2, 0, 0, 42));
    }

    @Test
    void aSecondShipmentForAnOrderIsADuplicateEvenWhenVoided() {
        FakeUps ups = new FakeUps().shipped("SEED:SALES:SO000001", 2, 1);

        RunState state = new RunAssessor("SEED", ups, LABELLED).assess(List.of(SO1),
                Map.of("SEED:SALES:SO000001", entry("SEED:SALES:SO000001", "CREATED")), Map.of());

        assertThat(state.duplicates()).isEqualTo(1);
        assertThat(state.shipments()).isEqualTo(1);
    }

    @Test
    void ordersNeverSeenByTheLedgerAreOpenAndCountNoShipment() {
        RunState state = new RunAssessor("SEED", new FakeUps(), LABELLED).assess(List.of(SO1), Map.of(), Map.of());

        assertThat(state.summary(5)).isEqualTo(new RunSummary(1, 0, 0, 0, 0, 1, 0, 0, 0, 5));
    }

    @Test
    void countsPrintedAndEmailedPackagesAndShipmentsWithNeither() {
        LabelView labels = new LabelView("1ZP"::equals, "1ZE"::equals);
        Map<String, LedgerEntry> ledger = Map.of(
                "SEED:SALES:SO000001", new LedgerEntry("SEED:SALES:SO000001", "CREATED", "r1", List.of("1ZP"), null, null),
                "SEED:PURCHASE:PO000001", new LedgerEntry("SEED:PURCHASE:PO000001", "CREATED", "r2", List.of("1ZE"), null,
                        null),
                "SEED:SALES:SO000002", new LedgerEntry("SEED:SALES:SO000002", "CREATED", "r3", List.of("1ZX"), null, null));

        RunState state = new RunAssessor("SEED", new FakeUps(), labels).assess(List.of(SO1, SO2, PO1), ledger, Map.of());

        assertThat(state.labelsPrinted()).isEqualTo(1);
        assertThat(state.labelsEmailed()).isEqualTo(1);
        assertThat(state.unlabelled()).isEqualTo(1);
        assertThat(state.summary(1).exitCode()).isEqualTo(1);
    }

    private static LedgerEntry entry(String key, String state) {
        return new LedgerEntry(key, state, key, "CREATED".equals(state) ? List.of("1Z") : List.of(), "ACTIVE",
                "FAILED".equals(state) ? "Missing state" : null);
    }
}
