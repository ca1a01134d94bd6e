package dev.x3ups.ups.client.ship;

/** UPS dimension units. */
public enum LengthUnit {
    IN("Inches"), CM("Centimeters");

    private final String description;

    LengthUnit(String description) {
        this.description = description;
    }

    /** UPS's Rate API requires the description next to the code. */
    public String description() {
        return description;
    }
}
