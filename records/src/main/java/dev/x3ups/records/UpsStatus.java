package dev.x3ups.records;

import java.util.Locale;

/**
 * The UPS status types as every connector reads them: how far along a package is, which statuses are
 * terminal, and which flag the order. Track Alert reports pickup and out-for-delivery scans as type
 * {@code I} while Track and Quantum View say {@code P} and {@code O}, so the {@link #family} of a type
 * lets one scan reported by two channels be seen as the same scan.
 */
public final class UpsStatus {
    /** Progress of types that neither advance nor regress a package (X exception, U updated date, MV void, NA). */
    public static final int NEUTRAL = 0;

    private UpsStatus() {
    }

    /**
     * M &lt; P &lt; I &lt; O &lt; D, returned to shipper (RS) final like D; types that are no step of the
     * journey return {@link #NEUTRAL}.
     * <p>{@code DD} ("Delivered Destination CFS", freight only) ranks as in transit: the freight has reached
     * the container freight station at the destination, not the consignee, so a final delivery scan is still
     * to come. Counting it as delivered would stop reconciliation and freeze the order short of Delivered.
     */
    public static int progress(String type) {
        return switch (normalize(type)) {
            case "M" -> 1;
            case "P" -> 2;
            case "I", "W", "DO", "DD" -> 3;
            case "O" -> 4;
            case "D", "RS" -> 5;
            default -> NEUTRAL;
        };
    }

    /** The Track Alert type family: P, O and the freight-only types fold into I; every other type is its own. */
    public static String family(String type) {
        String t = normalize(type);
        return switch (t) {
            case "P", "O", "W", "DO", "DD" -> "I";
            default -> t;
        };
    }

    /** Progress compared across channels: the progress of the type's family. */
    public static int familyProgress(String type) {
        return progress(family(type));
    }

    /** Delivered or returned to shipper: nothing more is expected for the package (see {@link #progress} on DD). */
    public static boolean isTerminal(String type) {
        String t = normalize(type);
        return "D".equals(t) || "RS".equals(t);
    }

    public static boolean isDelivered(String type) {
        return "D".equals(normalize(type));
    }

    /**
     * Whether a status type flags the order: an exception scan ({@code X}) or a return to the shipper
     * ({@code RS}; Track reports a return as RS, Track Alert as X with code RS, and both must flag it).
     */
    public static boolean isException(String type) {
        String t = normalize(type);
        return "X".equals(t) || "RS".equals(t);
    }

    /** Upper case without surrounding blanks; empty for null. */
    public static String normalize(String type) {
        return type == null ? "" : type.strip().toUpperCase(Locale.ROOT);
    }
}
