package dev.x3ups.ups.simulator.ship;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TrackingNumbersTest {

    @Test
    void checkDigitMatchesUpsPublishedSample() {
        assertThat(TrackingNumbers.checkDigit("999AA1012345678")).isEqualTo('4');
        assertThat(TrackingNumbers.valid("1Z999AA10123456784")).isTrue();
    }

    @Test
    void alteredNumbersFailTheCheck() {
        assertThat(TrackingNumbers.valid("1Z999AA10123456785")).isFalse();
        assertThat(TrackingNumbers.valid("1Z999AA10123456874")).isFalse();
        assertThat(TrackingNumbers.valid("1Z999AA1012345678")).isFalse();
        assertThat(TrackingNumbers.valid("2Z999AA10123456784")).isFalse();
    }

    @Test
    void generatedNumbersCarryShipperServiceAndValidCheckDigit() {
        TrackingNumbers numbers = new TrackingNumbers(123);
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            String n = numbers.next("a1b2c3", "03");
            assertThat(n).hasSize(18).startsWith("1ZA1B2C303");
            assertThat(TrackingNumbers.valid(n)).as(n).isTrue();
            seen.add(n);
        }
        assertThat(seen).hasSize(1000);
    }

    @Test
    void checkDigitNeedsFifteenCharacters() {
        assertThatThrownBy(() -> TrackingNumbers.checkDigit("123")).isInstanceOf(IllegalArgumentException.class);
    }
}
