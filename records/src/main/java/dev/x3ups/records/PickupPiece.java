package dev.x3ups.records;

import java.util.Objects;

/**
 * One line of a pickup request: how many packages of one UPS service go to one destination country in one
 * kind of container.
 *
 * @param serviceCode        the UPS shipping service code of the packages (e.g. {@code 03})
 * @param destinationCountry ISO 3166 two letters
 * @param containerCode      {@code 01} package, {@code 02} UPS letter, {@code 03} pallet
 * @param quantity           number of packages, at least 1
 */
public record PickupPiece(String serviceCode, String destinationCountry, String containerCode, int quantity) {
    public PickupPiece {
        Objects.requireNonNull(serviceCode, "serviceCode");
        Objects.requireNonNull(destinationCountry, "destinationCountry");
        Objects.requireNonNull(containerCode, "containerCode");
        if (quantity < 1) {
            throw new IllegalArgumentException("a pickup piece has at least one package, not " + quantity);
        }
    }
}
