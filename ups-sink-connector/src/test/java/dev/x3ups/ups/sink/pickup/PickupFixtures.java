package dev.x3ups.ups.sink.pickup;

import dev.x3ups.records.ShipmentLedgerEntry;
import dev.x3ups.records.ShipmentState;
import dev.x3ups.ups.client.ship.Address;
import dev.x3ups.ups.client.ship.Party;
import dev.x3ups.ups.sink.site.PickupPolicy;
import dev.x3ups.ups.sink.site.ShippingSite;
import dev.x3ups.ups.sink.site.SitePickup;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;

/** Sites and ledger entries for the pickup tests. */
final class PickupFixtures {
    static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    static final ZoneId LOS_ANGELES = ZoneId.of("America/Los_Angeles");

    private PickupFixtures() {
    }

    static ShippingSite site(String code, ZoneId zone) {
        return new ShippingSite(code, new Party(code + " DC", "Dock", "4045550100", null,
                new Address(List.of("1 Main St"), "Atlanta", "GA", "30336", "US", false)), "A1B2C3", zone);
    }

    static SitePickup onCall() {
        return new SitePickup(PickupPolicy.ON_CALL, LocalTime.of(17, 0), LocalTime.of(15, 0), LocalTime.of(15, 30),
                LocalTime.of(18, 30), false);
    }

    static SitePickup smart() {
        return new SitePickup(PickupPolicy.SMART, LocalTime.of(17, 0), LocalTime.of(15, 0), LocalTime.of(15, 0),
                LocalTime.of(18, 0), false);
    }

    /** A CREATED shipment of {@code site} for {@code day}'s pickup with one package per weight (kg). */
    static ShipmentLedgerEntry shipped(String order, String site, LocalDate day, String service, String country,
                                       String... kilograms) {
        List<String> numbers = Arrays.stream(kilograms).map(k -> "1Z" + order + k).toList();
        return ShipmentLedgerEntry.builder().orderKey("SEED:SALES:" + order).state(ShipmentState.CREATED)
                .shipmentId("1Z" + order).trackingNumbers(numbers).serviceCode(service).site(site).pickupDate(day)
                .destinationCountry(country).packageWeightsKg(Arrays.stream(kilograms).map(BigDecimal::new).toList())
                .build();
    }
}
