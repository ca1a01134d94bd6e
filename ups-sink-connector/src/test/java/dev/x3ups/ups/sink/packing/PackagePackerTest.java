package dev.x3ups.ups.sink.packing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.x3ups.ups.sink.planning.UnshippableOrderException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PackagePackerTest {
    private final PackagePacker packer = new PackagePacker(new BigDecimal("30"), UnitSystem.METRIC);

    @Test
    void oneSmallOrderIsOnePackageRoundedUpToATenth() throws Exception {
        List<PackagePacker.Packed> packed = packer.pack(List.of(unit("1.23"), unit("0.5")));

        assertThat(packed).singleElement().satisfies(p -> assertThat(p.weight()).isEqualByComparingTo("1.8"));
    }

    @Test
    void aFewGramsStillWeighATenth() throws Exception {
        assertThat(packer.pack(List.of(unit("0.004"))).get(0).weight()).isEqualByComparingTo("0.1");
    }

    @Test
    void unitsGoFirstFitDecreasingNeverOverTheMaximum() throws Exception {
        // 20, 20, 10, 10, 10, 10 → 30 = 20+10, 30 = 20+10, 20 = 10+10: three packages (80 / 30 → at least 3)
        List<PackagePacker.Packed> packed = packer.pack(List.of(unit("10"), unit("20"), unit("10"), unit("20"),
                unit("10"), unit("10")));

        assertThat(packed).extracting(PackagePacker.Packed::weight).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("30"), new BigDecimal("30"), new BigDecimal("20"));
    }

    @Test
    void bulkFillsTheRoomLeftThenFullPackages() throws Exception {
        List<PackagePacker.Packed> packed = packer.pack(List.of(unit("25"), bulk("70")));

        assertThat(packed).extracting(PackagePacker.Packed::weight).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("30"), new BigDecimal("30"), new BigDecimal("30"), new BigDecimal("5"));
        assertThat(packed).allSatisfy(p -> assertThat(p.size()).isNull());
    }

    @Test
    void anyMixStaysWithinTheMaximumWithoutEmptyPackages() throws Exception {
        List<Piece> pieces = new ArrayList<>();
        for (int i = 1; i <= 40; i++) {
            pieces.add(unit(String.valueOf((i * 7919 % 290) / 10.0 + 0.05)));
        }
        pieces.add(bulk("123.45"));
        BigDecimal total = pieces.stream().map(Piece::weight).reduce(BigDecimal.ZERO, BigDecimal::add);

        List<PackagePacker.Packed> packed = packer.pack(pieces);

        assertThat(packed).allSatisfy(p -> assertThat(p.weight()).isPositive().isLessThanOrEqualTo(new BigDecimal("30")));
        BigDecimal packedTotal = packed.stream().map(PackagePacker.Packed::weight).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(packedTotal).isGreaterThanOrEqualTo(total)
                .isLessThan(total.add(new BigDecimal("0.1").multiply(BigDecimal.valueOf(packed.size()))));
        // first-fit decreasing with bulk poured last: never more than one package beyond the weight bound
        int bound = total.divide(new BigDecimal("30"), 0, java.math.RoundingMode.CEILING).intValue();
        assertThat(packed.size()).isLessThanOrEqualTo(bound + 1);
    }

    @Test
    void aUnitHeavierThanTheMaximumIsRefused() {
        assertThatThrownBy(() -> packer.pack(List.of(new Piece(2000, "IT0015", new BigDecimal("31.5"), null, false))))
                .isInstanceOf(UnshippableOrderException.class)
                .hasMessage("line 2000 item IT0015: one unit weighs 31.5, more than the package maximum of 30.0");
    }

    @Test
    void theMaximumIsRoundedDownToATenthSoRoundedWeightsNeverCrossIt() throws Exception {
        PackagePacker odd = new PackagePacker(new BigDecimal("149.9999"), UnitSystem.IMPERIAL);

        List<PackagePacker.Packed> packed = odd.pack(List.of(bulk("299.99")));

        assertThat(packed).extracting(PackagePacker.Packed::weight).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("149.9"), new BigDecimal("149.9"), new BigDecimal("0.2"));
    }

    @Test
    void aPackageOfSizedUnitsGetsTheirFootprintAndTotalVolume() throws Exception {
        BigDecimal[] big = sides("40", "30", "20");
        BigDecimal[] small = sides("20", "10", "10");

        List<PackagePacker.Packed> packed = packer.pack(List.of(sized("5", big), sized("2", small)));

        // footprint 40 x 30, volume 24000 + 2000 = 26000 → height 21.67 → 22 (whole numbers, rounded up)
        assertThat(packed).singleElement().satisfies(p -> assertThat(p.size())
                .containsExactly(new BigDecimal("40"), new BigDecimal("30"), new BigDecimal("22")));
    }

    @Test
    void aPackageWithAUnitOfUnknownSizeHasNoDimensions() throws Exception {
        assertThat(packer.pack(List.of(sized("5", sides("40", "30", "20")), unit("1"))).get(0).size()).isNull();
    }

    @Test
    void aStackLongerThanUpsTakesBecomesASquarerBoxOfTheSameVolume() throws Exception {
        List<Piece> cubes = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            cubes.add(sized("1", sides("30", "30", "30")));
        }

        // stacked 30 x 30 x 300 is too long; a cube of 270000 cm3 has sides of 64.63 cm, 65 rounded up
        assertThat(packer.pack(cubes)).singleElement().satisfies(p -> assertThat(p.size())
                .containsExactly(new BigDecimal("65"), new BigDecimal("65"), new BigDecimal("65")));
    }

    @Test
    void unitsThatWouldMakeAPackageTooBigOpenAnotherInsteadOfRefusingTheOrder() throws Exception {
        // was refused as one 69 cm cube (length + girth 345 > 330); ten cubes fit one 65 cm box
        List<Piece> cubes = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            cubes.add(sized("1", sides("30", "30", "30")));
        }

        List<PackagePacker.Packed> packed = packer.pack(cubes);

        assertThat(packed).extracting(PackagePacker.Packed::weight).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("10"), new BigDecimal("2"));
        assertThat(packed.get(0).size()).containsExactly(new BigDecimal("65"), new BigDecimal("65"),
                new BigDecimal("65"));
        assertThat(packed.get(1).size()).containsExactly(new BigDecimal("60"), new BigDecimal("30"),
                new BigDecimal("30"));
    }

    @Test
    void twoBikeFramesGoInTwoPackages() throws Exception {
        // IT0005 (120 x 70 x 25 cm): two stacked measure 120 x 70 x 50, length + girth 360 > 330
        List<PackagePacker.Packed> packed = packer.pack(List.of(frame(), frame()));

        assertThat(packed).hasSize(2).allSatisfy(p -> {
            assertThat(p.weight()).isEqualByComparingTo("1.5");
            assertThat(p.size()).containsExactly(new BigDecimal("120"), new BigDecimal("70"), new BigDecimal("25"));
        });
    }

    @Test
    void sevenBikeFramesInInchesGoThreeToAPackage() throws Exception {
        // the end-to-end order: seven frames used to make one 47.3 x 43.6 x 43.6 in box and be refused
        PackagePacker inches = new PackagePacker(new BigDecimal("150"), UnitSystem.IMPERIAL);
        List<Piece> frames = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            frames.add(new Piece(1000, "IT0005", new BigDecimal("3.197"),
                    sides("47.244", "27.559", "9.843"), false));
        }

        List<PackagePacker.Packed> packed = inches.pack(frames);

        assertThat(packed).extracting(PackagePacker.Packed::weight).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("9.6"), new BigDecimal("9.6"), new BigDecimal("3.2"));
        // 48 + 2 x (30 + 28) = 164, within 165
        assertThat(packed.get(0).size()).containsExactly(new BigDecimal("48"), new BigDecimal("30"),
                new BigDecimal("28"));
    }

    @Test
    void aSizedUnitStillJoinsAPackageWithUnknownSizesByWeight() throws Exception {
        List<PackagePacker.Packed> packed = packer.pack(List.of(unit("3"), frame(), frame()));

        assertThat(packed).extracting(PackagePacker.Packed::weight).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("5.9"));
        assertThat(packed.get(0).size()).isNull();
    }

    @Test
    void aUnitTooBigOnItsOwnIsRefused() {
        Piece panel = new Piece(2000, "IT0099", new BigDecimal("5"), sides("200", "80", "40"), false);

        assertThatThrownBy(() -> packer.pack(List.of(sized("10", sides("30", "30", "30")), panel)))
                .isInstanceOf(UnshippableOrderException.class)
                .hasMessage("package 2 (line 2000 item IT0099) would measure at least 200 x 57 x 57 CM; UPS takes"
                        + " a length up to 270 and length + girth up to 330")
                .satisfies(e -> assertThat(((UnshippableOrderException) e).code())
                        .isEqualTo(UnshippableOrderException.OVERSIZE_PACKAGE));
    }

    private static Piece frame() {
        return new Piece(1000, "IT0005", new BigDecimal("1.45"), sides("120", "70", "25"), false);
    }

    private static Piece unit(String weight) {
        return new Piece(1000, "IT0001", new BigDecimal(weight), null, false);
    }

    private static Piece sized(String weight, BigDecimal[] size) {
        return new Piece(1000, "IT0001", new BigDecimal(weight), size, false);
    }

    private static Piece bulk(String weight) {
        return new Piece(1000, "IT0011", new BigDecimal(weight), null, true);
    }

    private static BigDecimal[] sides(String l, String w, String h) {
        return new BigDecimal[] {new BigDecimal(l), new BigDecimal(w), new BigDecimal(h)};
    }
}
