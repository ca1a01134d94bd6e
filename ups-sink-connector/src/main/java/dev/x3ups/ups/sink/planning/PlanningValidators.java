package dev.x3ups.ups.sink.planning;

import dev.x3ups.connect.DescribedValidator;
import dev.x3ups.ups.sink.packing.DefaultDimensions;
import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigException;

/**
 * The validators of the planning keys; each failure names the key and says what the value must be, and each
 * states what it accepts (the configuration reference shows it).
 */
public final class PlanningValidators {
    public static final String ACCOUNT_FORMAT = "[A-Za-z0-9]{6}";
    static final String SERVICE_FORMAT = "[A-Za-z0-9]{2}";
    static final String SITE_CODE_FORMAT = "[A-Za-z0-9_-]{1,10}";

    private PlanningValidators() {
    }

    @SuppressWarnings("unchecked")
    public static List<String> listOf(Object value) {
        return value instanceof List<?> list ? (List<String>) list : List.of();
    }

    public static ConfigDef.Validator siteCodes() {
        return DescribedValidator.of("non-empty list of distinct site codes, each 1-10 letters, digits, _ or -", (name, value) -> {
            Set<String> seen = new LinkedHashSet<>();
            for (String code : listOf(value)) {
                if (!code.matches(SITE_CODE_FORMAT)) {
                    throw new ConfigException(name, value, "site code '" + code
                            + "' must be 1 to 10 letters, digits, _ or -");
                }
                if (!seen.add(code)) {
                    throw new ConfigException(name, value, "site '" + code + "' is listed twice");
                }
            }
            if (seen.isEmpty()) {
                throw new ConfigException(name, value, "at least one site is needed");
            }
        });
    }

    static ConfigDef.Validator serviceMapEntries() {
        String accepts = "list of MODE:CODE (X3 delivery mode : 2-character UPS service code), each mode once";
        return DescribedValidator.of(accepts, (name, value) -> {
            Set<String> modes = new LinkedHashSet<>();
            for (String entry : listOf(value)) {
                String[] parts = entry.split(":", 2);
                if (parts.length != 2 || parts[0].isBlank() || !parts[1].strip().matches(SERVICE_FORMAT)) {
                    throw new ConfigException(name, value,
                            "entry '" + entry + "' is not MODE:CODE with a 2-character UPS service code");
                }
                if (!modes.add(parts[0].strip())) {
                    throw new ConfigException(name, value, "delivery mode '" + parts[0].strip() + "' is mapped twice");
                }
            }
        });
    }

    static ConfigDef.Validator serviceCodes() {
        return DescribedValidator.of("list of 2-character UPS service codes", (name, value) -> {
            for (String code : listOf(value)) {
                if (!code.strip().matches(SERVICE_FORMAT)) {
                    throw new ConfigException(name, value, "'" + code + "' is not a 2-character UPS service code");
                }
            }
        });
    }

    static ConfigDef.Validator dimensions(boolean upperCaseKeys) {
        String accepts = "list of " + (upperCaseKeys ? "PACKAGING" : "ITEM") + ":LxWxH UNIT (UNIT CM or IN, each key "
                + "once), e.g. " + (upperCaseKeys ? "BOX" : "IT0001") + ":30x20x10 CM";
        return DescribedValidator.of(accepts, (name, value) -> DefaultDimensions.parse(name, listOf(value), upperCaseKeys));
    }

    static ConfigDef.Validator positiveDecimal() {
        return DescribedValidator.of("decimal number of at least 0.1", (name, value) -> {
            try {
                if (value == null || new BigDecimal(((String) value).strip()).compareTo(new BigDecimal("0.1")) < 0) {
                    throw new ConfigException(name, value, "must be a number of at least 0.1");
                }
            } catch (NumberFormatException e) {
                throw new ConfigException(name, value, "must be a decimal number such as 150 or 31.5");
            }
        });
    }

    public static ConfigDef.Validator optionalMatching(String regex, String what) {
        return DescribedValidator.of(what, (name, value) -> {
            if (value != null && !((String) value).strip().matches(regex)) {
                throw new ConfigException(name, value, "must be " + what);
            }
        });
    }

    public static ConfigDef.Validator maxLength(int max, boolean required) {
        String accepts = required ? "1 to " + max + " characters" : "at most " + max + " characters";
        return DescribedValidator.of(accepts, (name, value) -> {
            String text = value == null ? "" : ((String) value).strip();
            if (required && text.isEmpty()) {
                throw new ConfigException(name, value, "must not be empty");
            }
            if (text.length() > max) {
                throw new ConfigException(name, value, "has " + text.length() + " characters; UPS allows " + max);
            }
        });
    }
}
