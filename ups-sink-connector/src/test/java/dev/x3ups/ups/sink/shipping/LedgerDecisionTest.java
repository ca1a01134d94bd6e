package dev.x3ups.ups.sink.shipping;

import static org.assertj.core.api.Assertions.assertThat;

import dev.x3ups.records.ShipmentLedgerEntry;
import dev.x3ups.records.ShipmentState;
import java.util.Optional;
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
}
