package dev.x3ups.ups.client.pickup;

import java.util.List;
import java.util.Objects;

/**
 * Where the driver collects: a site. UPS's limits: company name 27 characters, contact name 22, address lines 73,
 * pickup point (e.g. "Dock 3") 11; state/province is required for US, CA and VN.
 */
public record PickupAddress(String companyName, String contactName, List<String> addressLines, String city,
                            String stateProvince, String postalCode, String countryCode, String phone,
                            boolean residential, String pickupPoint) {

    public PickupAddress {
        requireText(companyName, "companyName");
        requireText(contactName, "contactName");
        requireText(city, "city");
        requireText(countryCode, "countryCode");
        requireText(phone, "phone");
        addressLines = List.copyOf(Objects.requireNonNull(addressLines, "addressLines"));
        if (addressLines.isEmpty()) {
            throw new IllegalArgumentException("a pickup address needs an address line");
        }
    }

    /** A business address without pickup point. */
    public static PickupAddress business(String companyName, String contactName, List<String> addressLines, String city,
                                         String stateProvince, String postalCode, String countryCode, String phone) {
        return new PickupAddress(companyName, contactName, addressLines, city, stateProvince, postalCode, countryCode,
                phone, false, null);
    }

    public PickupAddress withPickupPoint(String point) {
        return new PickupAddress(companyName, contactName, addressLines, city, stateProvince, postalCode, countryCode,
                phone, residential, point);
    }

    private static void requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " is required for a pickup address");
        }
    }
}
