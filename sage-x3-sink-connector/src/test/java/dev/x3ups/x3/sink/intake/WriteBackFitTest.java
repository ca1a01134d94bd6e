package dev.x3ups.x3.sink.intake;

import static org.assertj.core.api.Assertions.assertThat;

import dev.x3ups.records.ShipmentLedgerEntry;
import dev.x3ups.records.ShipmentState;
import dev.x3ups.records.TrackingEvent;
import dev.x3ups.x3.sink.testing.Records;
import java.util.List;
import org.junit.jupiter.api.Test;

class WriteBackFitTest {

    @Test
    void codesThatFitStayAsTheyAre() {
        assertThat(WriteBackFit.code("NO_WEIGHT")).isEqualTo("NO_WEIGHT");
        assertThat(WriteBackFit.code("120541")).isEqualTo("120541");
        assertThat(WriteBackFit.code("NO_SERVICE")).isEqualTo("NO_SERVICE");
        assertThat(WriteBackFit.code(null)).isNull();
    }

    @Test
    void aKnownLongCodeHasItsOwnShortFormNotItsFirstTenCharacters() {
        assertThat(WriteBackFit.code("FIELD_TOO_LONG")).isEqualTo("FIELD_LONG");
        assertThat(WriteBackFit.code("CHANGED_AFTER_SHIPPING")).isEqualTo("CHANGED");
        assertThat(WriteBackFit.code("RETIRED_CHANGED")).isEqualTo("RET_CHG");
    }

    @Test
    void anUnknownLongCodeLosesInnerVowelsThenSeparatorsThenEndsInAChecksum() {
        assertThat(WriteBackFit.code("MISSING_PHONE")).isEqualTo("MSSNG_PHN");
        assertThat(WriteBackFit.code("SHIPMENT_REFUSED")).isEqualTo("SHPMNTRFSD");
        String a = WriteBackFit.code("INTERNATIONAL_FORMS_REJECTED");
        String b = WriteBackFit.code("INTERNATIONAL_FORMS_REQUIRED");
        assertThat(a).hasSize(10).startsWith("INTRNTN").isNotEqualTo(b);
        assertThat(b).hasSize(10);
    }

    @Test
    void aShortenedCodeIsSpelledOutInTheReasonAndALongReasonEndsInAnEllipsisAtAWord() {
        String message = "Attention name 'Receiving department of the northern warehouse' ".repeat(6).strip();
        ShipmentLedgerEntry fitted = WriteBackFit.fit(Records.failed(Records.ORDER, "FIELD_TOO_LONG", message));

        assertThat(fitted.failureCode()).isEqualTo("FIELD_LONG");
        assertThat(fitted.failureMessage()).startsWith("FIELD_TOO_LONG: Attention name")
                .hasSizeLessThanOrEqualTo(WriteBackFit.REASON_LENGTH).endsWith("…");
        assertThat(fitted.failureMessage().charAt(fitted.failureMessage().length() - 2)).isNotEqualTo(' ');
    }

    @Test
    void addressHoldCodesHaveReadableShortFormsAndKeepTheCandidatesInTheReason() {
        ShipmentLedgerEntry held = Records.ledger(Records.ORDER, ShipmentState.HELD,
                List.of(), "ADDRESS_AMBIGUOUS", "UPS candidates: 100 MAIN ST, SPRINGFIELD IL 62701, US");
        ShipmentLedgerEntry fitted = WriteBackFit.fit(held);
        assertThat(fitted.failureCode()).isEqualTo("ADDR_AMBIG");
        assertThat(fitted.failureMessage()).isEqualTo(
                "ADDRESS_AMBIGUOUS: UPS candidates: 100 MAIN ST, SPRINGFIELD IL 62701, US");
        assertThat(WriteBackFit.code("ADDRESS_UNKNOWN")).isEqualTo("ADDR_UNKN");
    }

    @Test
    void anEntryThatFitsIsReturnedUnchanged() {
        ShipmentLedgerEntry entry = Records.failed(Records.ORDER, "NO_WEIGHT", "Line 1000 (IT0016) has no weight");
        assertThat(WriteBackFit.fit(entry)).isSameAs(entry);
    }

    @Test
    void aTrackingEventsDescriptionAndReasonFitTheirFields() {
        TrackingEvent event = Records.event(Records.ORDER, "1Z1", "X", "2025-01-15T10:00:00Z", null, null, true,
                "Receiver not available ".repeat(20));
        TrackingEvent long80 = new TrackingEvent(event.trackingNumber(), event.orderKey(), "X", "X1",
                "The receiver was not available at the time of the final delivery attempt, left notice",
                event.activityTime(), null, null, null, null, null, true, event.exceptionReason(), event.source());

        TrackingEvent fitted = WriteBackFit.fit(long80);

        assertThat(fitted.statusDescription()).hasSizeLessThanOrEqualTo(WriteBackFit.DESCRIPTION_LENGTH).endsWith("…");
        assertThat(fitted.exceptionReason()).hasSizeLessThanOrEqualTo(WriteBackFit.REASON_LENGTH).endsWith("…");
        assertThat(fitted.statusCode()).isEqualTo("X1");
    }

    @Test
    void theCodesOfWhatHappensAfterTheLabelHaveReadableShortForms() {
        assertThat(WriteBackFit.code("CANCEL_AFTER_PICKUP")).isEqualTo("CANCEL_PU");
        assertThat(WriteBackFit.code("UNUSED_LABEL")).isEqualTo("UNUSED_LBL");
        assertThat(WriteBackFit.code("VOID_REFUSED")).isEqualTo("VOID_FAIL");
        assertThat(WriteBackFit.code("CANCELLED")).isEqualTo("CANCELLED");
        assertThat(WriteBackFit.code("DUPLICATE")).isEqualTo("DUPLICATE");
    }

    @Test
    void aFlagOnALiveShipmentNamesItsTrackingNumber() {
        ShipmentLedgerEntry named = Records.created(Records.ORDER, "1Z9", "1Z8").toBuilder()
                .failureCode("CANCEL_AFTER_PICKUP").failureMessage("order cancelled after UPS picked up tracking "
                        + "number 1Z9; the shipment was not voided").build();
        ShipmentLedgerEntry unnamed = named.toBuilder().failureCode("CHANGED_AFTER_SHIPPING")
                .failureMessage("order changed after it shipped").build();

        assertThat(WriteBackFit.fit(named).failureMessage()).isEqualTo("CANCEL_AFTER_PICKUP: order cancelled after "
                + "UPS picked up tracking number 1Z9; the shipment was not voided");
        assertThat(WriteBackFit.fit(unnamed).failureMessage())
                .isEqualTo("CHANGED_AFTER_SHIPPING: tracking number 1Z9: order changed after it shipped");
        ShipmentLedgerEntry voided = Records.ledger(Records.ORDER, dev.x3ups.records.ShipmentState.VOIDED,
                java.util.List.of("1Z9"), "CANCELLED", "order cancelled in X3");
        assertThat(WriteBackFit.fit(voided)).as("a void is no flag on a live shipment").isSameAs(voided);
    }
}
