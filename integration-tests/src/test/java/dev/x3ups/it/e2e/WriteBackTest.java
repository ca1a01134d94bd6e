package dev.x3ups.it.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.x3ups.x3.simulator.data.TrackingRecord;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WriteBackTest {

    @Test
    void readsStatusAndExceptionFromTheRow() {
        WriteBack row = WriteBack.of(new TrackingRecord("u", Map.of("YORDNUM", "SO000001", "YSTACOD", "D",
                "YEXCFLG", 1, "YEXCCOD", "", "YEXCRSN", "")));

        assertThat(row.delivered()).isTrue();
        assertThat(row.flagged()).isFalse();
        assertThat(row.flaggedWithReason()).isFalse();
    }

    @Test
    void aFlagCountsOnlyWithCodeAndReason() {
        assertThat(WriteBack.of(new TrackingRecord("u", Map.of("YEXCFLG", 2, "YEXCCOD", "BAD_POSTAL_CODE",
                "YEXCRSN", "not a US ZIP code"))).flaggedWithReason()).isTrue();
        assertThat(WriteBack.of(new TrackingRecord("u", Map.of("YEXCFLG", "2", "YEXCCOD", "X",
                "YEXCRSN", " "))).flaggedWithReason()).isFalse();
        assertThat(WriteBack.of(new TrackingRecord("u", Map.of("YEXCFLG", 2, "YEXCRSN", "why")))
                .flaggedWithReason()).isFalse();
    }

    @Test
    void anEmptyRowIsNeitherDeliveredNorFlagged() {
        WriteBack row = WriteBack.of(new TrackingRecord("u", Map.of()));

        assertThat(row.delivered()).isFalse();
        assertThat(row.flagged()).isFalse();
        assertThat(row.statusCode()).isEmpty();
    }
}
