package dev.x3ups.ups.tracking.events;

import static org.assertj.core.api.Assertions.assertThat;

import dev.x3ups.records.UpsStatus;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TrackingOffsetsTest {

    @Test
    void aPackageStatusSurvivesTheRoundTrip() {
        PackageStatus status = new PackageStatus(Instant.parse("2026-11-20T10:00:00Z"), "O", "OT", 4);
        Map<String, Object> offset = TrackingOffsets.offset("1ZA", status, Map.of("cursor", "1Z9"));
        assertThat(TrackingOffsets.status(offset)).isEqualTo(status);
        assertThat(TrackingOffsets.trackingNumber(offset)).isEqualTo("1ZA");
        assertThat(offset).containsEntry("cursor", "1Z9");
    }

    @Test
    void aStatusWithoutCodeOrRankStillReads() {
        PackageStatus status = TrackingOffsets.status(Map.of("gmt", 1000L, "type", "D"));
        assertThat(status.statusCode()).isNull();
        assertThat(status.rank()).isEqualTo(UpsStatus.progress("D"));
        assertThat(TrackingOffsets.status(Map.of("cursor", "x"))).isNull();
        assertThat(TrackingOffsets.status(null)).isNull();
    }

    @Test
    void partitionsNameTheirKind() {
        assertThat(TrackingOffsets.packagePartition("1ZA")).containsEntry("trackingNumber", "1ZA");
        assertThat(TrackingOffsets.reconcilerPartition("track")).containsEntry("reconciler", "track");
    }
}
