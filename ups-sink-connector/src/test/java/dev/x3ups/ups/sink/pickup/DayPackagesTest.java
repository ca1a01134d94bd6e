package dev.x3ups.ups.sink.pickup;

import static dev.x3ups.ups.sink.pickup.PickupFixtures.shipped;
import static org.assertj.core.api.Assertions.assertThat;

import dev.x3ups.records.PickupPiece;
import dev.x3ups.records.ShipmentState;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class DayPackagesTest {
    private static final LocalDate DAY = LocalDate.parse("2026-12-08");

    @Test
    void countsTheDaysPackagesPerServiceDestinationAndContainer() {
        DayPackages day = DayPackages.of("ATL", DAY, List.of(
                shipped("SO1", "ATL", DAY, "03", "US", "2.5", "4"),
                shipped("SO2", "ATL", DAY, "03", "US", "1"),
                shipped("SO3", "ATL", DAY, "11", "CA", "3"),
                shipped("SO4", "RNO", DAY, "03", "US", "1"),
                shipped("SO5", "ATL", DAY.plusDays(1), "03", "US", "1"),
                shipped("SO6", "ATL", DAY, "03", "US", "1").toBuilder().state(ShipmentState.VOIDED).build()));

        assertThat(day.pieces()).containsExactly(new PickupPiece("003", "US", "01", 3),
                new PickupPiece("011", "CA", "01", 1));
        assertThat(day.packageCount()).isEqualTo(4);
        assertThat(day.totalWeightKg()).isEqualByComparingTo("10.5");
        assertThat(day.overweight()).isFalse();
        assertThat(day.orderKeys()).containsExactly("SEED:SALES:SO1", "SEED:SALES:SO2", "SEED:SALES:SO3");
    }

    @Test
    void onePackageOverSeventyPoundsMakesThePickupOverweightNotTheTotal() {
        assertThat(DayPackages.of("ATL", DAY, List.of(shipped("SO1", "ATL", DAY, "03", "US", "30", "30")))
                .overweight()).as("60 kg in two packages").isFalse();
        assertThat(DayPackages.of("ATL", DAY, List.of(shipped("SO1", "ATL", DAY, "03", "US", "31.8")))
                .overweight()).as("31.8 kg is over 70 lb").isTrue();
    }

    @Test
    void aDayWithoutShipmentsIsEmpty() {
        DayPackages day = DayPackages.of("ATL", DAY, List.of(shipped("SO4", "RNO", DAY, "03", "US", "1")));

        assertThat(day.isEmpty()).isTrue();
        assertThat(day.pieces()).isEmpty();
        assertThat(day.totalWeightKg()).isNull();
    }

    @Test
    void moreThan999PackagesOfOneServiceTakeSeveralLines() {
        String[] weights = new String[1000];
        java.util.Arrays.fill(weights, "1");
        DayPackages day = DayPackages.of("ATL", DAY, List.of(shipped("SO1", "ATL", DAY, "03", "US", weights)));

        assertThat(day.pieces()).containsExactly(new PickupPiece("003", "US", "01", 999),
                new PickupPiece("003", "US", "01", 1));
    }
}
