package dev.x3ups.ups.sink.shipping;

import static org.assertj.core.api.Assertions.assertThat;

import dev.x3ups.records.ShipmentLedgerEntry;
import dev.x3ups.records.ShipmentState;
import dev.x3ups.records.WriteBack;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LedgerDecisionTest {

    @ParameterizedTest(name = "{0} with {1} digest -> {2}")
    @CsvSource({
            "NONE,    same,  SHIP",
            "PENDING, same,  RECONCILE",
            "PENDING, other, RECONCILE",
            "CREATED, same,  SKIP",
            "CREATED, other, CHANGED_AFTER_SHIPPING",
            "FAILED,  same,  SKIP",
            "FAILED,  other, SHIP",
            "VOIDED,  same,  SKIP",
            "VOIDED,  other, SHIP"})
    void decides(String state, String digest, LedgerDecision expected) {
        Optional<ShipmentLedgerEntry> entry = state.equals("NONE") ? Optional.empty()
                : Optional.of(ShipmentLedgerEntry.builder().orderKey("K").state(ShipmentState.valueOf(state))
                        .orderDigest("same").reference("K").build());
        assertThat(LedgerDecision.decide(entry, digest)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "no entry, X3 holds {0} with digest {1}, cancelled {2} -> {3}")
    @CsvSource({
            "1Z1, same,  false, RETIRED",
            "1Z1, ,      false, RETIRED",
            "1Z1, other, false, RETIRED_CHANGED",
            "1Z1, other, true,  SKIP",
            "1Z1, same,  true,  SKIP",
            ",    same,  false, SHIP",
            ",    other, false, SHIP"})
    void decidesFromX3sEvidenceWhenTheLedgerHasNoEntry(String number, String x3Digest, boolean cancelled,
                                                      LedgerDecision expected) {
        WriteBack writeBack = new WriteBack(number == null ? List.of() : List.of(number), x3Digest, null);
        assertThat(LedgerDecision.decide(Optional.empty(), "same", cancelled, writeBack)).isEqualTo(expected);
    }

    @Test
    void withoutX3sEvidenceAnOrderWithoutEntryShips() {
        assertThat(LedgerDecision.decide(Optional.empty(), "same", false, null)).isEqualTo(LedgerDecision.SHIP);
    }

    @Test
    void aRetiredChangedEntryIsNeverShippedVoidedOrReshipped() {
        Optional<ShipmentLedgerEntry> entry = Optional.of(ShipmentLedgerEntry.builder().orderKey("K")
                .state(ShipmentState.FAILED).failureCode(OrderShipper.RETIRED_CHANGED).orderDigest("changed")
                .trackingNumbers(List.of("1Z1")).reference("K").build());

        assertThat(LedgerDecision.decide(entry, "changed", false, null)).isEqualTo(LedgerDecision.SKIP);
        assertThat(LedgerDecision.decide(entry, "again", false, null)).isEqualTo(LedgerDecision.RETIRED_CHANGED);
        assertThat(LedgerDecision.decide(entry, "again", true, null)).isEqualTo(LedgerDecision.SKIP);
        // an ordinary FAILED entry with another digest still ships the corrected content
        Optional<ShipmentLedgerEntry> failed = Optional.of(entry.get().toBuilder().failureCode("120802").build());
        assertThat(LedgerDecision.decide(failed, "again", false, null)).isEqualTo(LedgerDecision.SHIP);
    }
}
