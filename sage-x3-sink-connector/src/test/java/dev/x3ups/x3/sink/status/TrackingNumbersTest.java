package dev.x3ups.x3.sink.status;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class TrackingNumbersTest {

    private final TrackingNumbers numbers = new TrackingNumbers(10);
    private final List<String> twelve = IntStream.rangeClosed(1, 12).mapToObj(i -> "1ZPKG" + (100 - i)).toList();

    @Test
    void keepsTheFirstPackagesInPackageOrder() {
        assertThat(numbers.withPackages(List.of(), twelve)).isEqualTo(twelve.subList(0, 10));
    }

    @Test
    void reapplyingTheEntryOrAScanOfALaterPackageChangesNothing() {
        List<String> kept = numbers.withPackages(List.of(), twelve);
        assertThat(numbers.withPackages(kept, twelve)).isEqualTo(kept);
        assertThat(numbers.withScanned(kept, twelve.get(11))).isEqualTo(kept);
        assertThat(numbers.withScanned(kept, twelve.get(3))).isEqualTo(kept);
    }

    @Test
    void theLedgerEntryTakesTheFirstPlacesWhateverArrivedBefore() {
        List<String> scannedFirst = numbers.withScanned(numbers.withScanned(List.of(), twelve.get(11)), twelve.get(10));
        assertThat(numbers.withPackages(scannedFirst, twelve)).isEqualTo(twelve.subList(0, 10));
    }

    @Test
    void numbersOnlyScannedFollowTheLedgersUnderCapacity() {
        List<String> entryFirst = numbers.withScanned(numbers.withPackages(List.of(), List.of("1ZA", "1ZB")), "1ZX");
        List<String> scanFirst = numbers.withPackages(numbers.withScanned(List.of(), "1ZX"), List.of("1ZA", "1ZB"));
        assertThat(entryFirst).containsExactly("1ZA", "1ZB", "1ZX").isEqualTo(scanFirst);
    }

    @Test
    void anEntryWhoseNumbersAreAllKnownKeepsTheOrderX3Holds() {
        assertThat(numbers.withPackages(List.of("1ZB", "1ZA", "1ZC"), List.of("1ZA", "1ZB"))).containsExactly("1ZB", "1ZA", "1ZC");
    }

    @Test
    void dropsBlanksAndDuplicates() {
        assertThat(numbers.withPackages(List.of(" 1ZA"), List.of("", "1ZB", "1ZB ", "1ZA"))).containsExactly("1ZB", "1ZA");
        assertThat(numbers.withScanned(List.of("1ZA"), null)).containsExactly("1ZA");
        assertThat(TrackingNumbers.count(List.of("1ZA", "1ZA ", " ", "1ZB"))).isEqualTo(2);
    }

    @Test
    void capacityIsAtLeastOne() {
        assertThat(new TrackingNumbers(1).withPackages(List.of(), List.of("1ZA", "1ZB"))).containsExactly("1ZA");
        assertThatThrownBy(() -> new TrackingNumbers(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
