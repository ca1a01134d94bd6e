package dev.x3ups.ups.client.ship;

/** UPS package weight units (Shipping.yaml PackageWeight). */
public enum WeightUnit {
    LBS("Pounds"), KGS("Kilograms"), OZS("Ounces");

    private final String description;

    WeightUnit(String description) {
        this.description = description;
    }

    /** UPS's Rate API requires the description next to the code. */
    public String description() {
        return description;
    }
}
