package dev.x3ups.ups.tracking.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.x3ups.records.TrackingEvent;
import dev.x3ups.records.TrackingSource;
import dev.x3ups.ups.client.track.TrackActivity;
import dev.x3ups.ups.client.track.TrackStatus;
import dev.x3ups.ups.client.track.TrackedPackage;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class TrackEventMapperTest {

    static TrackActivity activity(String gmtDate, String gmtTime, String type, String code, String description) {
        return new TrackActivity(gmtDate, gmtTime, gmtDate, gmtTime, "-05:00", "Atlanta", "GA", "30336", "US",
                new TrackStatus(type, code, description, "011"));
    }

    static TrackedPackage pkg(String tn, TrackActivity... newestFirst) {
        return new TrackedPackage(tn, null, List.of(newestFirst), List.of("SEED:SALES:1"), "20261125", null);
    }

    @Test
    void turnsActivitiesIntoEventsOldestFirst() {
        List<TrackingEvent> events = TrackEventMapper.events(pkg("1ZA",
                activity("20261124", "150000", "D", "FS", "Delivered"),
                activity("20261123", "090000", "X", "X1", "Weather delay"),
                activity("20261122", "080000", "M", "MP", "Label created")));
        assertThat(events).extracting(TrackingEvent::statusType).containsExactly("M", "X", "D");
        TrackingEvent delivered = events.get(2);
        assertThat(delivered.activityTime()).isEqualTo(Instant.parse("2026-11-24T15:00:00Z"));
        assertThat(delivered.actualDelivery()).isEqualTo(delivered.activityTime());
        assertThat(delivered.source()).isEqualTo(TrackingSource.TRACK_API);
        assertThat(delivered.location()).isEqualTo("Atlanta, GA, 30336, US");
        assertThat(delivered.scheduledDelivery()).isEqualTo(LocalDate.of(2026, 11, 25));
        assertThat(events.get(1).exception()).isTrue();
        assertThat(events.get(1).exceptionReason()).isEqualTo("Weather delay");
    }

    @Test
    void aReturnToTheShipperIsAnException() {
        List<TrackingEvent> events = TrackEventMapper.events(pkg("1ZA",
                activity("20261126", "100000", "RS", "RS", "Returned to shipper: the receiver could not be reached"),
                activity("20261122", "080000", "M", "MP", "Label created")));
        TrackingEvent returned = events.get(1);
        assertThat(returned.statusType()).isEqualTo("RS");
        assertThat(returned.exception()).isTrue();
        assertThat(returned.exceptionReason()).isEqualTo("Returned to shipper: the receiver could not be reached");
        assertThat(events.get(0).exception()).isFalse();
    }

    @Test
    void skipsScansWithoutStatusOrTime() {
        TrackActivity noTime = new TrackActivity("", "", "", "", "", null, null, null, null,
                new TrackStatus("I", "OR", "Origin", null));
        TrackActivity noStatus = new TrackActivity("20261122", "080000", "20261122", "080000", null, null, null, null,
                null, null);
        assertThat(TrackEventMapper.events(pkg("1ZA", noTime, noStatus))).isEmpty();
    }
}
