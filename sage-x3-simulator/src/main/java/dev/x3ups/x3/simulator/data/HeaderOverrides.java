package dev.x3ups.x3.simulator.data;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/** Validates header changes by one order class's dictionary; server-maintained fields cannot be set. */
final class HeaderOverrides {

    private final Set<String> serverFields;
    private final Function<String, Optional<Field>> dictionary;

    HeaderOverrides(Set<String> serverFields, Function<String, Optional<Field>> dictionary) {
        this.serverFields = serverFields;
        this.dictionary = dictionary;
    }

    /** The changes as typed values, in their order. */
    Map<String, Object> coerce(Map<String, Object> overrides) {
        Map<String, Object> out = new LinkedHashMap<>();
        overrides.forEach((name, raw) -> {
            if (serverFields.contains(name)) {
                throw new InvalidValueException(name, "is maintained by the server");
            }
            Field field = dictionary.apply(name).orElseThrow(() -> new InvalidValueException(name, "unknown field"));
            out.put(name, FieldValues.coerce(field, raw));
        });
        return out;
    }
}
