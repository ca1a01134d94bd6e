package dev.x3ups.ups.client.ship;

import java.util.List;
import java.util.Objects;

/** One package of a shipment. {@code dimensions} may be {@code null}; packaging defaults to "02" (customer supplied). */
public record ParcelPackage(String description, String packagingCode, Weight weight, Dimensions dimensions,
                            List<ReferenceNumber> references) {
    public static final String CUSTOMER_SUPPLIED = "02";

    public ParcelPackage {
        Objects.requireNonNull(weight, "weight");
        packagingCode = packagingCode == null ? CUSTOMER_SUPPLIED : packagingCode;
        references = references == null ? List.of() : List.copyOf(references);
    }

    public static ParcelPackage of(Weight weight, Dimensions dimensions, ReferenceNumber... references) {
        return new ParcelPackage(null, null, weight, dimensions, List.of(references));
    }
}
