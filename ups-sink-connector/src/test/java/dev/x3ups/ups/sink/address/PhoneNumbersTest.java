package dev.x3ups.ups.sink.address;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.x3ups.ups.sink.planning.UnshippableOrderException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PhoneNumbersTest {

    @ParameterizedTest(name = "{0} ''{1}'' → {2}")
    @CsvSource({"US,+1 (404) 555-0100,4045550100", "US,404.555.0100 x12,4045550100", "CA,1-905-555-0100,9055550100",
            "DE,+49 89 1234567,49891234567", "GB,0044 20 7946 0018,442079460018", "US,ext only,"})
    void keepsTheDigits(String country, String given, String expected) throws Exception {
        assertThat(PhoneNumbers.clean("shipTo.phone", country, given)).isEqualTo(expected);
    }

    @Test
    void noNumberIsNull() throws Exception {
        assertThat(PhoneNumbers.clean("shipTo.phone", "US", null)).isNull();
    }

    @Test
    void refusesMoreThanFifteenDigits() {
        assertThatThrownBy(() -> PhoneNumbers.clean("shipTo.phone", "DE", "+49 1234 5678 9012 3456"))
                .isInstanceOf(UnshippableOrderException.class)
                .hasMessageContaining("shipTo.phone")
                .hasMessageContaining("18 digits; UPS allows 15");
    }
}
