package dev.x3ups.ups.tracking.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.x3ups.records.TrackingEvent;
import dev.x3ups.records.TrackingSource;
import dev.x3ups.ups.client.quantumview.QuantumViewEvent;
import dev.x3ups.ups.client.quantumview.QuantumViewEvent.Kind;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuantumViewEventMapperTest {

    static QuantumViewEvent qv(Kind kind, String tn, String time, String statusCode, String activityType) {
        return new QuantumViewEvent(kind, "OutboundXML", "261127_120000001", tn, "A1B2C3", List.of("SEED:SALES:1"),
                List.of(), "20261127", time, statusCode, statusCode == null ? null : "Reason " + statusCode,
                activityType, "Atlanta", "GA", "US");
    }

    @Test
    void mapsEachKind() {
        assertThat(QuantumViewEventMapper.event(qv(Kind.MANIFEST, "1ZA", "080000", null, null)))
                .get().extracting(TrackingEvent::statusType).isEqualTo("M");
        assertThat(QuantumViewEventMapper.event(qv(Kind.ORIGIN, "1ZA", "090000", null, null)))
                .get().extracting(TrackingEvent::statusType).isEqualTo("P");
        TrackingEvent exception = QuantumViewEventMapper.event(qv(Kind.EXCEPTION, "1ZA", "100000", "X4", null))
                .orElseThrow();
        assertThat(exception.exception()).isTrue();
        assertThat(exception.exceptionReason()).isEqualTo("Reason X4");
        TrackingEvent delivered = QuantumViewEventMapper.event(qv(Kind.DELIVERY, "1za", "150000", null, null))
                .orElseThrow();
        assertThat(delivered.trackingNumber()).isEqualTo("1ZA");
        assertThat(delivered.statusType()).isEqualTo("D");
        assertThat(delivered.activityTime()).isEqualTo(Instant.parse("2026-11-27T15:00:00Z"));
        assertThat(delivered.actualDelivery()).isEqualTo(delivered.activityTime());
        assertThat(delivered.source()).isEqualTo(TrackingSource.QUANTUM_VIEW);
        assertThat(delivered.location()).isEqualTo("Atlanta, GA, US");
    }

    @Test
    void genericEventsByActivityType() {
        assertThat(QuantumViewEventMapper.event(qv(Kind.GENERIC, "1ZA", "120000", null, "OD")))
                .get().extracting(TrackingEvent::statusType).isEqualTo("O");
        assertThat(QuantumViewEventMapper.event(qv(Kind.GENERIC, "1ZA", "120000", null, "VM")))
                .get().extracting(TrackingEvent::statusType).isEqualTo("MV");
        assertThat(QuantumViewEventMapper.event(qv(Kind.GENERIC, "1ZA", "120000", null, "FN"))).isEmpty();
        assertThat(QuantumViewEventMapper.event(qv(Kind.GENERIC, "1ZA", "120000", null, null))).isEmpty();
    }

    @Test
    void skipsEventsWithoutPackageOrTime() {
        assertThat(QuantumViewEventMapper.event(qv(Kind.DELIVERY, "", "150000", null, null))).isEmpty();
        assertThat(QuantumViewEventMapper.event(qv(Kind.DELIVERY, "1ZA", "", null, null))).isEmpty();
    }
}
