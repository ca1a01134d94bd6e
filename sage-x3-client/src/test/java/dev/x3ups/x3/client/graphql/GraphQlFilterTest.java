package dev.x3ups.x3.client.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import dev.x3ups.records.OrderKind;
import dev.x3ups.x3.client.OrderSelection;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

class GraphQlFilterTest {
    private static final Instant SINCE = Instant.parse("2025-01-15T10:00:00.400Z");

    @Test
    void onlyTheUpdateStampWhenEverythingQualifies() {
        assertThat(GraphQlFilter.of(OrderKind.SALES, SINCE, OrderSelection.ALL))
                .isEqualTo("{_and: [{_updateStamp: {_gte: '2025-01-15T10:00:00Z'}}]}");
    }

    @Test
    void salesSelectionTranslatesStatusMenusAndNestsCodes() {
        OrderSelection selection = new OrderSelection(Set.of("1"), Set.of("UGND"), Set.of("UPS"), Set.of("RNO", "ATL"),
                "{customerOrderReference: {_ne: ''}}");

        assertThat(GraphQlFilter.of(OrderKind.SALES, SINCE, selection)).isEqualTo(
                "{_and: [{_updateStamp: {_gte: '2025-01-15T10:00:00Z'}}, {orderStatus: {_in: ['open']}}, "
                        + "{deliveryMode: {code: {_in: ['UGND']}}}, {carrier: {code: {_in: ['UPS']}}}, "
                        + "{shippingSite: {code: {_in: ['ATL', 'RNO']}}}, {customerOrderReference: {_ne: ''}}]}");
    }

    @Test
    void purchaseSelectionUsesIsClosedAndTheReceiptSite() {
        OrderSelection selection = new OrderSelection(Set.of("1"), Set.of(), Set.of(), Set.of("MIS"), null);

        assertThat(GraphQlFilter.of(OrderKind.PURCHASE, SINCE, selection)).isEqualTo(
                "{_and: [{_updateStamp: {_gte: '2025-01-15T10:00:00Z'}}, {isClosed: {_in: ['no']}}, "
                        + "{receiptSite: {code: {_in: ['MIS']}}}]}");
    }

    @Test
    void quotesInValuesAreEscaped() {
        assertThat(GraphQlFilter.quote("O'Neil")).isEqualTo("'O\\'Neil'");
    }

    @Test
    void closedUndeliveredOrdersPassTheStatusFilterFromTheCancellationBound() {
        OrderSelection open = new OrderSelection(Set.of("1"), Set.of(), Set.of(), Set.of(), null)
                .withCancellationsSince(Instant.parse("2025-01-14T08:00:00Z"));

        assertThat(GraphQlFilter.of(OrderKind.SALES, SINCE, open)).isEqualTo(
                "{_and: [{_updateStamp: {_gte: '2025-01-15T10:00:00Z'}}, {_or: [{orderStatus: {_in: ['open']}}, "
                        + "{_and: [{orderStatus: {_eq: 'closed'}}, {deliveryStatus: {_eq: 'notDelivered'}}, "
                        + "{_updateStamp: {_gte: '2025-01-14T08:00:00Z'}}]}]}]}");
        assertThat(GraphQlFilter.of(OrderKind.PURCHASE, SINCE, open)).contains(
                "{_or: [{isClosed: {_in: ['no']}}, {_and: [{isClosed: {_eq: 'yes'}}, "
                        + "{receiptStatus: {_eq: 'notReceived'}}, {_updateStamp: {_gte: '2025-01-14T08:00:00Z'}}]}]}");
    }
}
