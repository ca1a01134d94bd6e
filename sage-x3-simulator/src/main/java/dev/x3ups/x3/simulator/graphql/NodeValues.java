package dev.x3ups.x3.simulator.graphql;

import dev.x3ups.x3.simulator.api1.Values;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/** Compares node values with filter literals: datetimes as instants, numbers numerically, else as text. */
final class NodeValues {

    private NodeValues() {
    }

    static int compare(Object a, Object b) {
        if (a instanceof String x && b instanceof String y && x.contains("T") && y.contains("T")) {
            try {
                return Instant.parse(x).compareTo(Instant.parse(y));
            } catch (DateTimeParseException e) {
                return x.compareTo(y);
            }
        }
        return Values.compare(a, b);
    }
}
