package dev.x3ups.ups.sink.site;

import static dev.x3ups.ups.sink.site.SiteConfig.SITE_PICKUP_BOOK_AT;
import static dev.x3ups.ups.sink.site.SiteConfig.SITE_PICKUP_CLOSE_TIME;
import static dev.x3ups.ups.sink.site.SiteConfig.SITE_PICKUP_CUTOFF;
import static dev.x3ups.ups.sink.site.SiteConfig.SITE_PICKUP_POLICY;
import static dev.x3ups.ups.sink.site.SiteConfig.SITE_PICKUP_RATE_FIRST;
import static dev.x3ups.ups.sink.site.SiteConfig.SITE_PICKUP_READY_TIME;
import static dev.x3ups.ups.sink.site.SiteConfig.siteKey;

import dev.x3ups.connect.DescribedValidator;
import dev.x3ups.ups.sink.config.InvalidSetting;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.Importance;
import org.apache.kafka.common.config.ConfigDef.Type;
import org.apache.kafka.common.config.ConfigDef.Width;
import org.apache.kafka.common.config.ConfigException;

/** One site's pickup keys ({@code site.<CODE>.pickup.*}) and their reading into a {@link SitePickup}. */
final class PickupSettings {
    private static final String TIME = "a local time HH:mm, e.g. 15:30";

    private PickupSettings() {
    }

    /** Adds the site's pickup keys to {@code def} after {@code order}; returns the last order number used. */
    static int define(ConfigDef def, String code, String group, int order) {
        SitePickup d = SitePickup.NONE;
        def.define(siteKey(code, SITE_PICKUP_POLICY), Type.STRING, d.policy().name(),
                        ConfigDef.CaseInsensitiveValidString.in("NONE", "SMART", "ON_CALL"), Importance.MEDIUM,
                        "Pickup of site " + code + ": NONE (a scheduled pickup is set up on the UPS account), SMART "
                        + "(trigger UPS Smart Pickup once per business day after the first package) or ON_CALL "
                        + "(book one on-call pickup per business day at .pickup.book.at with the day's packages).",
                        group, ++order, Width.SHORT, code + " pickup policy")
                .define(siteKey(code, SITE_PICKUP_CUTOFF), Type.STRING, d.cutoff().toString(), time(), Importance.MEDIUM,
                        "Local time at site " + code + " from which new shipments go on the next business day's "
                        + "pickup.", group, ++order, Width.SHORT, code + " pickup cutoff")
                .define(siteKey(code, SITE_PICKUP_BOOK_AT), Type.STRING, d.bookAt().toString(), time(),
                        Importance.MEDIUM, "Local time at site " + code + " at which its ON_CALL pickup is booked "
                        + "with the day's packages; before .pickup.cutoff.", group, ++order, Width.SHORT,
                        code + " pickup booking time")
                .define(siteKey(code, SITE_PICKUP_READY_TIME), Type.STRING, d.readyTime().toString(), time(),
                        Importance.LOW, "Start of the ON_CALL pickup window at site " + code + " (local HH:mm).",
                        group, ++order, Width.SHORT, code + " pickup ready time")
                .define(siteKey(code, SITE_PICKUP_CLOSE_TIME), Type.STRING, d.closeTime().toString(), time(),
                        Importance.LOW, "End of the ON_CALL pickup window at site " + code + " (local HH:mm); "
                        + "after .pickup.ready.time.", group, ++order, Width.SHORT, code + " pickup close time")
                .define(siteKey(code, SITE_PICKUP_RATE_FIRST), Type.BOOLEAN, d.rateFirst(), Importance.LOW,
                        "Rate the ON_CALL pickup of site " + code + " before booking it and record the charge.",
                        group, ++order, Width.SHORT, code + " rate pickup first");
        return order;
    }

    static SitePickup parse(String code, Map<String, Object> values) {
        PickupPolicy policy = PickupPolicy.valueOf(((String) values.get(siteKey(code, SITE_PICKUP_POLICY)))
                .strip().toUpperCase(Locale.ROOT));
        LocalTime cutoff = time(code, SITE_PICKUP_CUTOFF, values);
        LocalTime bookAt = time(code, SITE_PICKUP_BOOK_AT, values);
        LocalTime ready = time(code, SITE_PICKUP_READY_TIME, values);
        LocalTime close = time(code, SITE_PICKUP_CLOSE_TIME, values);
        if (policy == PickupPolicy.ON_CALL && !bookAt.isBefore(cutoff)) {
            String key = siteKey(code, SITE_PICKUP_BOOK_AT);
            throw new InvalidSetting(key, values.get(key), "must be before " + siteKey(code, SITE_PICKUP_CUTOFF)
                    + " (" + cutoff + "): the day's packages are booked before the day closes");
        }
        String phoneKey = siteKey(code, SiteConfig.SITE_PHONE);
        if (policy == PickupPolicy.ON_CALL && values.get(phoneKey) == null) {
            throw new InvalidSetting(phoneKey, null, "is required for the ON_CALL pickup of site " + code
                    + " (UPS calls the site about its pickup)");
        }
        if (!ready.isBefore(close)) {
            String key = siteKey(code, SITE_PICKUP_CLOSE_TIME);
            throw new InvalidSetting(key, values.get(key), "must be after " + siteKey(code, SITE_PICKUP_READY_TIME)
                    + " (" + ready + ")");
        }
        return new SitePickup(policy, cutoff, bookAt, ready, close,
                (Boolean) values.get(siteKey(code, SITE_PICKUP_RATE_FIRST)));
    }

    private static ConfigDef.Validator time() {
        return DescribedValidator.of(TIME, PickupSettings::parseTime);
    }

    private static LocalTime time(String code, String field, Map<String, Object> values) {
        String key = siteKey(code, field);
        return parseTime(key, values.get(key));
    }

    private static LocalTime parseTime(String key, Object value) {
        try {
            return LocalTime.parse(String.valueOf(value).strip());
        } catch (DateTimeParseException e) {
            throw new ConfigException(key, value, "must be " + TIME);
        }
    }
}
