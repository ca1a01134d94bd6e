package dev.x3ups.benchmarks.report;

import dev.x3ups.benchmarks.stats.Spread;
import java.util.Objects;

/**
 * One reported number: {@code id} is stable (targets refer to it), {@code label} is for people.
 *
 * @param note how it was measured, in a few words; may be empty
 */
public record Figure(String id, String scenario, String label, String unit, Spread spread, String note) {

    public Figure {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(spread, "spread");
        note = note == null ? "" : note;
    }
}
