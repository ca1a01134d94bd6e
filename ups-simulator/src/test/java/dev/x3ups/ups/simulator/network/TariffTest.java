package dev.x3ups.ups.simulator.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class TariffTest {
    private final Address timonium = new Address(List.of("1 Main St"), "Timonium", "MD", "21093", "US", false);
    private final Address alpharetta = new Address(List.of("1 Main St"), "Alpharetta", "GA", "30005", "US", false);
    private final Address seattle = new Address(List.of("1 Main St"), "Seattle", "WA", "98101", "US", true);

    private static PackageMeasure box(String lbs, double l, double w, double h) {
        return new PackageMeasure(new BigDecimal(lbs), "LBS", l, w, h, l == 0 ? null : "IN");
    }

    @Test
    void pricesAreDeterministicAndGrowWithWeightAndZone() {
        Tariff.Quote near = Tariff.quote("03", timonium, alpharetta, List.of(box("5", 0, 0, 0)));
        Tariff.Quote again = Tariff.quote("03", timonium, alpharetta, List.of(box("5", 0, 0, 0)));
        Tariff.Quote heavier = Tariff.quote("03", timonium, alpharetta, List.of(box("20", 0, 0, 0)));
        Tariff.Quote far = Tariff.quote("03", timonium, seattle, List.of(box("5", 0, 0, 0)));
        assertThat(near).isEqualTo(again);
        assertThat(near.zone()).isEqualTo(3);
        assertThat(far.zone()).isEqualTo(8);
        assertThat(heavier.total()).isGreaterThan(near.total());
        assertThat(far.transportation()).isGreaterThan(near.transportation());
        assertThat(far.serviceOptions()).isEqualByComparingTo("5.15");
        assertThat(near.negotiatedTotal()).isLessThan(near.total());
    }

    @Test
    void dimensionalWeightBillsLargeLightBoxes() {
        PackageMeasure big = box("2", 20, 20, 20);
        assertThat(big.dimensionalPounds()).isCloseTo(57.55, org.assertj.core.data.Offset.offset(0.01));
        assertThat(big.billablePounds()).isEqualTo(58);
        Tariff.Quote q = Tariff.quote("03", timonium, alpharetta, List.of(big));
        assertThat(q.billablePounds()).isEqualTo(58);
        assertThat(q.total()).isGreaterThan(Tariff.quote("03", timonium, alpharetta, List.of(box("2", 0, 0, 0))).total());
    }

    @Test
    void kilogramsAreConvertedToPounds() {
        PackageMeasure kg = new PackageMeasure(new BigDecimal("10"), "KGS", 0, 0, 0, null);
        assertThat(kg.billablePounds()).isEqualTo(23);
    }

    @Test
    void servicesDependOnTheLane() {
        Address berlin = new Address(List.of("x"), "Berlin", null, "10115", "DE", false);
        assertThat(ServiceCatalog.offeredOn(timonium, alpharetta)).contains("01", "03").doesNotContain("07");
        assertThat(ServiceCatalog.offeredOn(timonium, berlin)).contains("07", "08", "11", "65").doesNotContain("03");
    }
}
