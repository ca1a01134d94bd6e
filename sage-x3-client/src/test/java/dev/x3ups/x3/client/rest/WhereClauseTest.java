package dev.x3ups.x3.client.rest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.x3ups.records.OrderKind;
import dev.x3ups.x3.client.OrderSelection;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WhereClauseTest {
    private static final Instant SINCE = Instant.parse("2025-01-15T10:00:00.900Z");

    @Test
    void onlyTheTimestampWhenEverythingQualifies() {
        assertThat(WhereClause.of(OrderKind.SALES, SINCE, OrderSelection.ALL))
                .isEqualTo("(UPDDATTIM ge @2025-01-15T10:00:00Z@)");
    }

    @Test
    void salesSelectionUsesOrdstaMdlBptnumAndTheShippingSite() {
        OrderSelection selection = new OrderSelection(Set.of("1"), Set.of("UGND", "U2DA"), Set.of("UPS"),
                Set.of("ATL"), "left(BPCORD,1) eq 'C' or CUSORDREF eq 'X'");

        assertThat(WhereClause.of(OrderKind.SALES, SINCE, selection)).isEqualTo(
                "(UPDDATTIM ge @2025-01-15T10:00:00Z@) and (ORDSTA in (1)) and (MDL in ('U2DA','UGND'))"
                        + " and (BPTNUM in ('UPS')) and (STOFCY in ('ATL'))"
                        + " and (left(BPCORD,1) eq 'C' or CUSORDREF eq 'X')");
    }

    @Test
    void purchaseSelectionUsesTheClosedFlagAndTheReceivingSite() {
        OrderSelection selection = new OrderSelection(Set.of("1"), Set.of(), Set.of(), Set.of("RNO", "ATL"), " ");

        assertThat(WhereClause.of(OrderKind.PURCHASE, SINCE, selection)).isEqualTo(
                "(UPDDATTIM ge @2025-01-15T10:00:00Z@) and (CLEFLG in (1)) and (RCPFCY in ('ATL','RNO'))");
    }

    @Test
    void quotesAreDoubledAndCodesAlwaysQuoted() {
        OrderSelection selection = new OrderSelection(Set.of("open"), Set.of("3"), Set.of("O'Neil"), Set.of(), null);

        assertThat(WhereClause.of(OrderKind.SALES, SINCE, selection))
                .contains("(ORDSTA in ('open'))").contains("(MDL in ('3'))").contains("(BPTNUM in ('O''Neil'))");
    }

    @Test
    void closedUndeliveredOrdersPassTheStatusFilterFromTheCancellationBound() {
        OrderSelection open = new OrderSelection(Set.of("1"), Set.of(), Set.of("UPS"), Set.of(), null)
                .withCancellationsSince(Instant.parse("2025-01-14T08:00:00Z"));

        assertThat(WhereClause.of(OrderKind.SALES, SINCE, open)).isEqualTo(
                "(UPDDATTIM ge @2025-01-15T10:00:00Z@) and ((ORDSTA in (1)) or "
                        + "(ORDSTA eq 2 and DLVSTA eq 1 and UPDDATTIM ge @2025-01-14T08:00:00Z@))"
                        + " and (BPTNUM in ('UPS'))");
        assertThat(WhereClause.of(OrderKind.PURCHASE, SINCE, open)).contains(
                "((CLEFLG in (1)) or (CLEFLG eq 2 and RCPFLG eq 1 and UPDDATTIM ge @2025-01-14T08:00:00Z@))");
    }
}
