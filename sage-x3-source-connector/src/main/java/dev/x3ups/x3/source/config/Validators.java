package dev.x3ups.x3.source.config;

import dev.x3ups.connect.DescribedValidator;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigException;

/** Single-field validators the {@code ConfigDef} uses. */
final class Validators {

    private Validators() {
    }

    /** An ISO-8601 instant such as {@code 2026-01-31T00:00:00Z}. */
    static ConfigDef.Validator isoInstant() {
        return DescribedValidator.of("ISO-8601 instant, e.g. 2026-01-31T00:00:00Z", (name, value) -> {
            if (value == null || value.toString().isBlank()) {
                return;
            }
            try {
                Instant.parse(value.toString().trim());
            } catch (DateTimeParseException e) {
                throw new ConfigException(name, value, "must be an ISO-8601 UTC instant such as 2026-01-31T00:00:00Z");
            }
        });
    }

    /** A non-empty list of distinct values taken from {@code allowed} (case-insensitive). */
    static ConfigDef.Validator distinctSubsetOf(List<String> allowed) {
        return DescribedValidator.of("one or more of " + allowed, (name, value) -> {
            @SuppressWarnings("unchecked")
            List<String> values = (List<String>) value;
            if (values == null || values.isEmpty()) {
                throw new ConfigException(name, value, "needs at least one of " + allowed);
            }
            Set<String> seen = new HashSet<>();
            for (String v : values) {
                String upper = v.trim().toUpperCase(Locale.ROOT);
                if (!allowed.contains(upper)) {
                    throw new ConfigException(name, value, "'" + v + "' is not one of " + allowed);
                }
                if (!seen.add(upper)) {
                    throw new ConfigException(name, value, "'" + v + "' is listed twice");
                }
            }
        });
    }
}
