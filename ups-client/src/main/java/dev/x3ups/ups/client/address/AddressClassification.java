package dev.x3ups.ups.client.address;

/** UPS's {@code AddressClassification.Code}: 1 commercial, 2 residential, 0 (or absent) unknown. */
public enum AddressClassification {
    COMMERCIAL, RESIDENTIAL, UNKNOWN;

    /** Reads UPS's code; anything but {@code "1"} and {@code "2"} (missing, {@code ""}, {@code "0"}) is unknown. */
    public static AddressClassification fromCode(String code) {
        if (code == null) {
            return UNKNOWN;
        }
        return switch (code.trim()) {
            case "1" -> COMMERCIAL;
            case "2" -> RESIDENTIAL;
            default -> UNKNOWN;
        };
    }
}
