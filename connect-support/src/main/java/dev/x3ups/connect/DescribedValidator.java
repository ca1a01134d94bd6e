package dev.x3ups.connect;

import org.apache.kafka.common.config.ConfigDef;

/**
 * A validator that states what it accepts: Connect shows {@code toString()} in the configuration reference and
 * in {@code validate} answers (as for Kafka's own {@code Range}), so each one carries its wording.
 */
public final class DescribedValidator implements ConfigDef.Validator {
    private final String accepts;
    private final ConfigDef.Validator check;

    private DescribedValidator(String accepts, ConfigDef.Validator check) {
        this.accepts = accepts;
        this.check = check;
    }

    /** {@code check} (throwing {@code ConfigException} for a bad value), described as {@code accepts}. */
    public static ConfigDef.Validator of(String accepts, ConfigDef.Validator check) {
        return new DescribedValidator(accepts, check);
    }

    @Override
    public void ensureValid(String name, Object value) {
        check.ensureValid(name, value);
    }

    @Override
    public String toString() {
        return accepts;
    }
}
