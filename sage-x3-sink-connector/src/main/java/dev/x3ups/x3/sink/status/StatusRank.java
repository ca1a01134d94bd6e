package dev.x3ups.x3.sink.status;

import java.util.Locale;
import java.util.Map;

/**
 * How far along a UPS status type is. Delivered ({@code D}) and returned to shipper ({@code RS}) are
 * terminal: once written, no later non-terminal event replaces them ("Delivered stays Delivered").
 * An exception ({@code X}) ranks with in-transit: it is a state the package can leave again, so a
 * later in-transit or delivered event supersedes it, and an older exception never overrides a newer
 * status.
 */
public final class StatusRank {

    private static final Map<String, Integer> RANKS = Map.ofEntries(
            Map.entry("NA", 0), Map.entry("M", 1), Map.entry("MV", 1), Map.entry("P", 2),
            Map.entry("I", 3), Map.entry("W", 3), Map.entry("X", 3), Map.entry("DO", 3), Map.entry("DD", 3),
            Map.entry("O", 4), Map.entry("RS", 5), Map.entry("D", 6));
    private static final int UNKNOWN = 3;

    private StatusRank() {
    }

    public static int rank(String upsType) {
        return upsType == null ? -1 : RANKS.getOrDefault(upsType.toUpperCase(Locale.ROOT), UNKNOWN);
    }

    public static boolean isTerminal(String upsType) {
        int rank = rank(upsType);
        return rank >= RANKS.get("RS");
    }

    public static boolean isDelivered(String upsType) {
        return upsType != null && "D".equalsIgnoreCase(upsType);
    }

    /** The rank that decides between two statuses before their event times do. */
    static int terminalRank(String upsType) {
        return isTerminal(upsType) ? rank(upsType) : 0;
    }
}
