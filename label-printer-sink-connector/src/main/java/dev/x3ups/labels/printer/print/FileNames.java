package dev.x3ups.labels.printer.print;

import dev.x3ups.records.LabelDocument;
import java.util.Locale;

/**
 * The file name of a document in a print directory: site, order, package, kind and tracking number, e.g.
 * {@code ATL_SEED-SALES-SO0001_002of003_LABEL_1Z999AA10123456784.zpl}. Sorting the names sorts one order's documents
 * in package order (up to 999 packages); the same document always gets the same name, so printing it again
 * replaces a file not yet picked up instead of adding one.
 */
public final class FileNames {
    private FileNames() {
    }

    public static String of(LabelDocument document) {
        return safe(document.site()) + "_" + safe(document.orderKey()) + "_"
                + String.format(Locale.ROOT, "%03d", document.packageSequence()) + "of"
                + String.format(Locale.ROOT, "%03d", document.packageCount()) + "_" + document.kind().name() + "_"
                + safe(document.trackingNumber()) + "." + document.format().extension();
    }

    /** Letters, digits, '.', '_' and '-' only: X3 keys hold ':' and other characters file systems refuse. */
    static String safe(String text) {
        String cleaned = text.replaceAll("[^A-Za-z0-9._-]", "-");
        return cleaned.startsWith(".") ? "-" + cleaned.substring(1) : cleaned;
    }
}
