package dev.x3ups.ups.sink.site;

import dev.x3ups.connect.DescribedValidator;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigException;

/**
 * A site's time zone as an IANA time zone id ({@code America/New_York}): a region, so daylight saving follows
 * the site. Fixed offsets ({@code -05:00}) and abbreviations ({@code EST}) are refused because they would be
 * wrong half of the year.
 */
final class TimeZones {
    static final String DEFAULT = "UTC";
    private static final String ACCEPTS = "an IANA time zone id such as America/New_York";

    private TimeZones() {
    }

    static ConfigDef.Validator validator() {
        return DescribedValidator.of(ACCEPTS, TimeZones::parse);
    }

    /** The zone of {@code value}; a {@link ConfigException} naming {@code key} when it is not an IANA id. */
    static ZoneId parse(String key, Object value) {
        String id = value == null ? "" : value.toString().strip();
        if (ZoneId.getAvailableZoneIds().contains(id)) {
            return ZoneId.of(id);
        }
        String hint = closest(id).map(known -> " (did you mean " + known + "?)").orElse("");
        throw new ConfigException(key, value, "must be " + ACCEPTS + hint);
    }

    private static Optional<String> closest(String id) {
        String wanted = id.toLowerCase(Locale.ROOT).replace(' ', '_');
        return ZoneId.getAvailableZoneIds().stream().filter(known -> known.toLowerCase(Locale.ROOT).equals(wanted))
                .findFirst();
    }
}
