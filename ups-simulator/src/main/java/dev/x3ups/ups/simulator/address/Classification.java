package dev.x3ups.ups.simulator.address;

/** UPS's {@code AddressClassification}: code and description as the XAV answer carries them. */
public enum Classification {
    UNCLASSIFIED("0", "UnClassified"), COMMERCIAL("1", "Commercial"), RESIDENTIAL("2", "Residential");

    private final String code;
    private final String description;

    Classification(String code, String description) {
        this.code = code;
        this.description = description;
    }

    public String code() {
        return code;
    }

    public String description() {
        return description;
    }
}
