package dev.x3ups.it.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.x3ups.ups.simulator.ship.ReferenceCount;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RunOutcomeTest {

    private static final ExpectedOrder GOOD = new ExpectedOrder("SALES", "SO000001", false);
    private static final ExpectedOrder BAD = new ExpectedOrder("PURCHASE", "PO000001", true);
    private static final WriteBack DELIVERED = new WriteBack("D", false, "", "");
    private static final WriteBack IN_TRANSIT = new WriteBack("I", false, "", "");
    private static final WriteBack FLAGGED = new WriteBack("", true, "NO_WEIGHT", "line 1000 has no weight");

    @Test
    void aCleanRunIsSettledWithNothingToReport() {
        RunOutcome outcome = new RunOutcome(List.of(GOOD, BAD), Map.of("SO000001", DELIVERED, "PO000001", FLAGGED),
                Map.of(GOOD.key(), new ReferenceCount(2, 1)), Set.of(BAD.key()));

        assertThat(outcome.settled()).isTrue();
        assertThat(outcome.lost()).isEmpty();
        assertThat(outcome.notShippedOnce()).isEmpty();
        assertThat(outcome.goodNotDelivered()).isEmpty();
        assertThat(outcome.badNotFlagged()).isEmpty();
        assertThat(outcome.badNotDeadLettered()).isEmpty();
        assertThat(outcome.summary(Duration.ofSeconds(42), 7)).isEqualTo("e2e: orders=2 (bad=1) shipments=2 "
                + "duplicatesVoided=1 delivered=1 flagged=1 lost=0 webhooksDropped=7 elapsed=42s");
    }

    @Test
    void namesOrdersShippedTwiceOrNeverAndBadOnesShipped() {
        ExpectedOrder never = new ExpectedOrder("SALES", "SO000002", false);
        RunOutcome outcome = new RunOutcome(List.of(GOOD, never, BAD), Map.of(),
                Map.of(GOOD.key(), new ReferenceCount(2, 2), BAD.key(), new ReferenceCount(1, 1)), Set.of());

        assertThat(outcome.notShippedOnce()).containsExactly("SEED:SALES:SO000001 ReferenceCount[created=2, live=2]",
                "SEED:SALES:SO000002 ReferenceCount[created=0, live=0]",
                "SEED:PURCHASE:PO000001 [bad] ReferenceCount[created=1, live=1]");
    }

    @Test
    void anOrderWithoutWriteBackIsLostAndTheRunNotSettled() {
        RunOutcome outcome = new RunOutcome(List.of(GOOD, BAD), Map.of("SO000001", DELIVERED),
                Map.of(GOOD.key(), new ReferenceCount(1, 1)), Set.of());

        assertThat(outcome.settled()).isFalse();
        assertThat(outcome.lost()).containsExactly("SEED:PURCHASE:PO000001 [bad] no YSHIPTRK row");
        assertThat(outcome.badNotDeadLettered()).containsExactly("SEED:PURCHASE:PO000001 [bad] not on ups.sink.dlq");
    }

    @Test
    void goodOrdersMustBeDeliveredAndBadOnesFlagged() {
        RunOutcome outcome = new RunOutcome(List.of(GOOD, BAD), Map.of("SO000001", IN_TRANSIT, "PO000001", IN_TRANSIT),
                Map.of(GOOD.key(), new ReferenceCount(1, 1)), Set.of(BAD.key()));

        assertThat(outcome.settled()).isFalse();
        assertThat(outcome.goodNotDelivered()).singleElement().asString().startsWith("SEED:SALES:SO000001 WriteBack[statusCode=I");
        assertThat(outcome.badNotFlagged()).singleElement().asString().startsWith("SEED:PURCHASE:PO000001 [bad]");
        assertThat(outcome.delivered()).isZero();
        assertThat(outcome.flagged()).isZero();
    }

    @Test
    void longListsAreCutAfterTheFirstFew() {
        List<ExpectedOrder> many = java.util.stream.IntStream.rangeClosed(1, 20)
                .mapToObj(i -> new ExpectedOrder("SALES", String.format("SO%06d", i), false)).toList();

        List<String> lost = new RunOutcome(many, Map.of(), Map.of(), Set.of()).lost();

        assertThat(lost).hasSize(16).last().isEqualTo("… and 5 more");
    }
}
