package dev.x3ups.it.e2e;

import static org.awaitility.Awaitility.await;

import dev.x3ups.x3.simulator.X3Simulator;
import dev.x3ups.x3.simulator.data.TrackingRecord;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/** Reading what the X3 sink left in the X3 simulator's {@code YSHIPTRK} rows. */
final class X3Rows {
    private static final Duration WAIT = Duration.ofSeconds(120);

    private X3Rows() {
    }

    /** Until the order's row exists and satisfies {@code done}; that row. */
    static TrackingRecord awaitWriteBack(X3Simulator x3, String number, Predicate<TrackingRecord> done) {
        return await("X3 write-back of " + number).atMost(WAIT).pollInterval(Duration.ofMillis(300))
                .until(() -> x3.admin().writeBack(number).orElse(null), r -> r != null && done.test(r));
    }

    /** YTRKNUM's non-blank entries (one value or a list). */
    static List<String> numbers(TrackingRecord record) {
        Object value = record.get("YTRKNUM");
        if (!(value instanceof List<?> list)) {
            return value == null || value.toString().isBlank() ? List.of() : List.of(value.toString().trim());
        }
        return list.stream().map(String::valueOf).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    /** The field as trimmed text, empty when absent. */
    static String text(TrackingRecord record, String field) {
        return Optional.ofNullable(record.get(field)).map(String::valueOf).map(String::trim).orElse("");
    }
}
