package dev.x3ups.records;

/**
 * The image format of a document on {@code ups.labels}: the thermal printer languages UPS returns labels in
 * (ZPL, EPL, SPL) and the image/page formats of labels and customs forms (GIF, PNG, PDF).
 */
public enum DocumentFormat {
    ZPL("zpl", true),
    EPL("epl", true),
    SPL("spl", true),
    GIF("gif", false),
    PNG("png", false),
    PDF("pdf", false);

    private final String extension;
    private final boolean printerLanguage;

    DocumentFormat(String extension, boolean printerLanguage) {
        this.extension = extension;
        this.printerLanguage = printerLanguage;
    }

    /** File name extension, without the dot. */
    public String extension() {
        return extension;
    }

    /** Whether the bytes are commands a thermal printer executes as they arrive (raw port 9100). */
    public boolean printerLanguage() {
        return printerLanguage;
    }
}
