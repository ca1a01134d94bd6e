package dev.x3ups.quickstart.summary;

import dev.x3ups.quickstart.pipeline.LedgerEntry;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class OutcomeClassifierTest {

    private final FakeUps ups = new FakeUps();
    private final OutcomeClassifier classifier = new OutcomeClassifier(ups);

    private static final LedgerEntry CREATED = new LedgerEntry("K", "CREATED", "K", List.of("1ZA"), "ACTIVE", null);
    private static final LedgerEntry FAILED = new LedgerEntry("K", "FAILED", "K", List.of(), "NONE", "bad zip");

    @Test
    void nothingWrittenBackIsOpen() {
        assertThat(classifier.classify(CREATED, null)).isEqualTo(OrderOutcome.OPEN);
    }

    @Test
    void statusDInX3IsDelivered() {
        assertThat(classifier.classify(CREATED, wb("D", false, null))).isEqualTo(OrderOutcome.DELIVERED);
    }

    @Test
    void aFailedShipmentFlaggedWithItsReasonIsFlagged() {
        assertThat(classifier.classify(FAILED, wb("", true, "120207 Invalid postal code"))).isEqualTo(OrderOutcome.FLAGGED);
    }

    @Test
    void anOrderHeldForItsAddressAndFlaggedWithUpsCandidatesIsHeld() {
        LedgerEntry held = new LedgerEntry("K", "HELD", "K", List.of(), "NONE", "UPS candidates: 100 PEACHTREE ST NE");
        assertThat(classifier.classify(held, wb("", true, "ADDRESS_AMBIGUOUS: UPS candidates: 100 PEACHTREE ST NE")))
                .isEqualTo(OrderOutcome.HELD);
        assertThat(classifier.classify(held, null)).isEqualTo(OrderOutcome.OPEN);
    }

    @Test
    void aFlagWithoutReasonIsNotEnough() {
        assertThat(classifier.classify(FAILED, wb("", true, " "))).isEqualTo(OrderOutcome.OPEN);
    }

    @Test
    void anExceptionInTransitStaysOpenUntilTheParcelIsReturned() {
        WriteBack exception = wb("X", true, "Address not found");

        assertThat(classifier.classify(CREATED, exception)).isEqualTo(OrderOutcome.OPEN);
        ups.journey("1ZA", UpsView.Journey.DELIVERED);
        assertThat(classifier.classify(CREATED, exception)).isEqualTo(OrderOutcome.OPEN);
        ups.journey("1ZA", UpsView.Journey.RETURNED);
        assertThat(classifier.classify(CREATED, exception)).isEqualTo(OrderOutcome.FLAGGED);
    }

    @Test
    void inTransitIsOpen() {
        assertThat(classifier.classify(CREATED, wb("I", false, null))).isEqualTo(OrderOutcome.OPEN);
    }

    private static WriteBack wb(String status, boolean flag, String reason) {
        return new WriteBack("SO000001", status, flag, reason, List.of("1ZA"));
    }
}
