package dev.x3ups.ups.client.pickup;

import dev.x3ups.ups.client.ship.Weight;
import dev.x3ups.ups.client.ship.WeightUnit;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/** Pickup requests for tests: a US warehouse, Ground and Worldwide Saver packages. */
public final class Pickups {
    public static final LocalDate DAY = LocalDate.of(2026, 12, 8);

    private Pickups() {
    }

    public static PickupAddress warehouse() {
        return PickupAddress.business("ACME Distribution", "Dock Manager", List.of("123 Main St"), "Allendale",
                "NJ", "07401", "US", "5555555555").withPickupPoint("Dock 3");
    }

    public static PickupRequest.Builder onCall(String reference) {
        return PickupRequest.builder()
                .address(warehouse())
                .date(DAY)
                .window(LocalTime.of(9, 0), LocalTime.of(17, 30))
                .piece(PickupPiece.forShippingService("03", "US", PickupContainer.PACKAGE, 27))
                .piece(PickupPiece.forShippingService("65", "CA", PickupContainer.PACKAGE, 4))
                .totalWeight(Weight.of("162.5", WeightUnit.LBS))
                .reference(reference)
                .payment(PickupPayment.shipperAccount("A1B2C3", "US"))
                .rate(true);
    }
}
