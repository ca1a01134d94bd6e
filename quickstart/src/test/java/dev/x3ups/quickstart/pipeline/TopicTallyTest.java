package dev.x3ups.quickstart.pipeline;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TopicTallyTest {

    private final TopicTally tally = new TopicTally();

    @Test
    void countsEachDiscoveredOrderOnceWhateverTheKeyConverter() {
        tally.accept("x3.orders", "SEED:SALES:SO000001", "{}");
        tally.accept("x3.orders", "\"SEED:SALES:SO000001\"", "{}");
        tally.accept("x3.orders", "{\"schema\":{\"type\":\"string\"},\"payload\":\"SEED:PURCHASE:PO000001\"}", "{}");

        assertThat(tally.ordersDiscovered()).isEqualTo(2);
        assertThat(tally.discovered("SEED:PURCHASE:PO000001")).isTrue();
    }

    @Test
    void keepsTheLatestLedgerEntryPerOrderFromTheSchemaEnvelope() {
        tally.accept("ups.shipments", "SEED:SALES:SO000001", envelope("{\"orderKey\":\"SEED:SALES:SO000001\","
                + "\"state\":\"PENDING\",\"reference\":\"SEED:SALES:SO000001\",\"trackingNumbers\":[],"
                + "\"subscriptionState\":\"NONE\"}"));
        tally.accept("ups.shipments", "SEED:SALES:SO000001", envelope("{\"orderKey\":\"SEED:SALES:SO000001\","
                + "\"state\":\"CREATED\",\"reference\":\"SEED:SALES:SO000001\",\"trackingNumbers\":[\"1ZA\",\"1ZB\"],"
                + "\"subscriptionState\":\"ACTIVE\",\"failureMessage\":null}"));

        LedgerEntry entry = tally.ledger().get("SEED:SALES:SO000001");
        assertThat(entry.created()).isTrue();
        assertThat(entry.subscribed()).isTrue();
        assertThat(entry.trackingNumbers()).containsExactly("1ZA", "1ZB");
        assertThat(entry.failureMessage()).isNull();
    }

    @Test
    void readsPlainJsonValuesAndFailures() {
        tally.accept("ups.shipments", "k", "{\"state\":\"FAILED\",\"failureMessage\":\"Invalid postal code\"}");

        assertThat(tally.ledger().get("k").failed()).isTrue();
        assertThat(tally.ledger().get("k").failureMessage()).isEqualTo("Invalid postal code");
    }

    @Test
    void countsTheSiteDaysWhosePickupIsBooked() {
        tally.accept("ups.pickups", "ATL:2026-12-14", envelope("{\"site\":\"ATL\",\"state\":\"PENDING\"}"));
        tally.accept("ups.pickups", "RNO:2026-12-14", envelope("{\"site\":\"RNO\",\"state\":\"BOOKED\"}"));
        assertThat(tally.pickupsBooked()).isEqualTo(1);

        tally.accept("ups.pickups", "ATL:2026-12-14", envelope("{\"site\":\"ATL\",\"state\":\"BOOKED\"}"));
        tally.accept("ups.pickups", "RNO:2026-12-14", null);

        assertThat(tally.pickupsBooked()).as("a record per site-day; a tombstone changes nothing").isEqualTo(2);
    }

    @Test
    void countsTrackingEventsAndExceptionsAndSkipsTombstonesAndGarbage() {
        tally.accept("ups.tracking", "1ZA", envelope("{\"statusType\":\"I\",\"exception\":false}"));
        tally.accept("ups.tracking", "1ZA", envelope("{\"statusType\":\"X\",\"exception\":true}"));
        tally.accept("ups.tracking", "1ZA", null);
        tally.accept("ups.tracking", "1ZA", "not json");
        tally.accept("other.topic", "x", "{}");

        assertThat(tally.trackingEvents()).isEqualTo(2);
        assertThat(tally.trackingExceptions()).isEqualTo(1);
        assertThat(tally.unreadable()).isEqualTo(1);
    }

    private static String envelope(String payload) {
        return "{\"schema\":{\"type\":\"struct\"},\"payload\":" + payload + "}";
    }
}
