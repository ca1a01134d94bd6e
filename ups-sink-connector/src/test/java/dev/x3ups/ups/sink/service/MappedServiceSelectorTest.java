package dev.x3ups.ups.sink.service;

import static dev.x3ups.ups.sink.planning.TestOrders.customerUs;
import static dev.x3ups.ups.sink.planning.TestOrders.oneKilo;
import static dev.x3ups.ups.sink.planning.TestOrders.sales;
import static org.assertj.core.api.Assertions.assertThat;

import dev.x3ups.ups.sink.planning.UnshippableOrderException;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MappedServiceSelectorTest {
    private final Map<String, String> map = Map.of("UGND", "03", "UNDA", "01");

    @Test
    void mapsTheDeliveryMode() {
        assertThat(new MappedServiceSelector(map, null).select(sales("ATL", customerUs(), "UNDA", oneKilo()), null))
                .isCompletedWithValue("01");
    }

    @Test
    void unknownModeUsesTheDefaultOrFails() {
        assertThat(new MappedServiceSelector(map, "12").select(sales("ATL", customerUs(), "PICK", oneKilo()), null))
                .isCompletedWithValue("12");
        assertThat(new MappedServiceSelector(map, null).select(sales("ATL", customerUs(), "PICK", oneKilo()), null))
                .isCompletedExceptionally()
                .failsWithin(java.time.Duration.ZERO).withThrowableThat().havingCause()
                .isInstanceOf(UnshippableOrderException.class)
                .withMessage("delivery mode 'PICK' has no UPS service in service.map and no service.default is configured");
    }

    @Test
    void anOrderWithoutDeliveryModeSaysSo() {
        assertThat(new MappedServiceSelector(map, null).select(sales("ATL", customerUs(), null, oneKilo()), null))
                .failsWithin(java.time.Duration.ZERO).withThrowableThat().havingCause()
                .withMessageStartingWith("the order has no delivery mode");
    }
}
