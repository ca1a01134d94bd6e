package dev.x3ups.ups.tracking.events;

import java.util.Locale;

/**
 * Where a UPS status type sits in a package's life. Track Alert reports pickup and out-for-delivery scans as
 * type {@code I} while Track and Quantum View say {@code P} and {@code O}, so comparisons use the Track Alert
 * family (M, I, D...) to see one scan reported by two channels as the same scan.
 */
public final class StatusRank {
    /** Rank of types that neither advance nor regress a package (X exception, U updated date, MV void). */
    public static final int NEUTRAL = 0;

    private StatusRank() {
    }

    /** The Track Alert type family: P and O fold into I, freight-only types into I / D; RS stays RS. */
    public static String family(String type) {
        String t = normalize(type);
        return switch (t) {
            case "P", "O", "W", "DO" -> "I";
            case "DD" -> "D";
            case "RS" -> "RS";
            default -> t;
        };
    }

    /** M < P < I < O < D (RS, returned to shipper, is final like D); neutral types return {@link #NEUTRAL}. */
    public static int rank(String type) {
        return switch (normalize(type)) {
            case "M" -> 1;
            case "P" -> 2;
            case "I", "W", "DO" -> 3;
            case "O" -> 4;
            case "D", "DD", "RS" -> 5;
            default -> NEUTRAL;
        };
    }

    /** Rank used to compare across channels: the rank of the type's family. */
    public static int familyRank(String type) {
        return rank(family(type));
    }

    /** Delivered or returned to shipper: nothing more is expected, reconciliation stops. */
    public static boolean isFinal(String type) {
        String t = normalize(type);
        return "D".equals(t) || "RS".equals(t) || "DD".equals(t);
    }

    private static String normalize(String type) {
        return type == null ? "" : type.trim().toUpperCase(Locale.ROOT);
    }
}
