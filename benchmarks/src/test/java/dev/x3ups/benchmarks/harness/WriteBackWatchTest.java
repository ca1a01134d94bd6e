package dev.x3ups.benchmarks.harness;

import static org.assertj.core.api.Assertions.assertThat;

import dev.x3ups.x3.simulator.data.TrackingRecord;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class WriteBackWatchTest {

    private static TrackingRecord record(String order, String status, String at) {
        return new TrackingRecord("uuid-" + order, Map.of("YORDNUM", order, "YSTACOD", status, "YEVTDATTIM", at));
    }

    @Test
    void notesTheFirstChangeOfStatusOrEventTimeAfterTheBaseline() {
        List<TrackingRecord> records = new ArrayList<>(List.of(record("SO1", "M", "t0"), record("SO2", "M", "t0")));
        AtomicLong clock = new AtomicLong(100);
        try (WriteBackWatch watch = new WriteBackWatch(() -> List.copyOf(records), clock::get, false)) {
            watch.check();
            assertThat(watch.changedAt()).isEmpty();

            records.set(0, record("SO1", "I", "t1"));
            clock.set(200);
            watch.check();
            records.set(1, record("SO2", "M", "t2")); // same status, later event: a change too
            records.add(record("SO3", "I", "t1"));    // not there at the start: a change
            records.set(0, record("SO1", "D", "t3"));
            clock.set(300);
            watch.check();

            assertThat(watch.changedAt()).containsExactlyInAnyOrderEntriesOf(Map.of("SO1", 200L, "SO2", 300L, "SO3", 300L));
        }
    }
}
