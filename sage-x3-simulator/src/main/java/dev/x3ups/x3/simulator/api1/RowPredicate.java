package dev.x3ups.x3.simulator.api1;

import java.util.Map;

/** A parsed where clause, tested against one row of field values. */
@FunctionalInterface
public interface RowPredicate {

    RowPredicate ALL = row -> true;

    boolean test(Map<String, Object> row);
}
