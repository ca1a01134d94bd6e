package dev.x3ups.records;

import java.util.Locale;

/**
 * What a document on {@code ups.labels} is. {@link #OTHER} stands for a kind this reader does not know yet
 * (written by a newer producer), so an older printer still prints it instead of failing on it.
 */
public enum DocumentKind {
    /** The package's shipping label. */
    LABEL,
    /** The shipment's commercial invoice (international shipments). */
    COMMERCIAL_INVOICE,
    /** A certificate of origin. */
    CERTIFICATE_OF_ORIGIN,
    /** A customs declaration form (CN22/CN23). */
    CUSTOMS_DECLARATION,
    /** The high value report UPS returns for declared values above its threshold. */
    HIGH_VALUE_REPORT,
    /** A return label (for the consignee to send the package back). */
    RETURN_LABEL,
    /** Any kind this version does not know. */
    OTHER;

    /** The kind named {@code value} (case-insensitive), or {@link #OTHER} when it names none. */
    public static DocumentKind of(String value) {
        if (value == null || value.isBlank()) {
            return OTHER;
        }
        try {
            return valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return OTHER;
        }
    }
}
