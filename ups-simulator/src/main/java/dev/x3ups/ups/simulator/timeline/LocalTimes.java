package dev.x3ups.ups.simulator.timeline;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Date/time strings UPS uses (yyyyMMdd, HHmmss) in GMT and in a fixed local offset per country. */
public final class LocalTimes {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyyMMdd");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HHmmss");

    private LocalTimes() {
    }

    /** US and CA scans are reported at -05:00, Europe at +01:00, elsewhere at GMT. */
    public static ZoneOffset offset(String countryCode) {
        return switch (countryCode == null ? "" : countryCode) {
            case "US", "CA", "PR", "MX" -> ZoneOffset.ofHours(-5);
            case "DE", "FR", "IT", "ES", "NL", "BE", "AT", "PL" -> ZoneOffset.ofHours(1);
            default -> ZoneOffset.UTC;
        };
    }

    public static String date(Instant at, ZoneOffset offset) {
        return DATE.format(at.atOffset(offset));
    }

    public static String time(Instant at, ZoneOffset offset) {
        return TIME.format(at.atOffset(offset));
    }

    /** "-05:00" (Track API style). */
    public static String offsetText(ZoneOffset offset) {
        return offset.getTotalSeconds() == 0 ? "+00:00" : offset.getId();
    }
}
