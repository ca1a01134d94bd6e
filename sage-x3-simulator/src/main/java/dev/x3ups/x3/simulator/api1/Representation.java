package dev.x3ups.x3.simulator.api1;

import dev.x3ups.x3.simulator.data.Field;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * An api1 representation of a class: which fields its {@code $query} rows carry, whether they embed the
 * lines, the lines collection, the reference ({@code _REF}) fields of {@code $details} and whether it
 * accepts writes.
 *
 * @param refs field name → kind of reference, used to look up the {@code $title}
 */
public record Representation(String name, String className, String keyField, List<Field> queryFields,
                             boolean linesInQuery, String linesName, List<Field> lineFields,
                             Map<String, String> refs, boolean writable) {

    /** Scalar fields usable in where and orderBy. */
    public Set<String> queryProperties() {
        Set<String> out = new LinkedHashSet<>();
        for (Field f : queryFields) {
            if (!f.dimensioned()) {
                out.add(f.name());
            }
        }
        return out;
    }

    /** Dimensioned fields of the query facet and their sizes (usable in where by element). */
    public Map<String, Integer> dimensionedProperties() {
        Map<String, Integer> out = new LinkedHashMap<>();
        for (Field f : queryFields) {
            if (f.dimensioned()) {
                out.put(f.name(), f.dimension());
            }
        }
        return out;
    }

    public Optional<Field> field(String name) {
        return queryFields.stream().filter(f -> f.name().equals(name)).findFirst();
    }

    public boolean hasLines() {
        return linesName != null;
    }
}
