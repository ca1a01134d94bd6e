package dev.x3ups.ups.sink.shipping;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class FoundShipmentTest {
    @Test
    void singlePackageShipmentsAreTheirOwnIdEarliestFirst() {
        assertThat(FoundShipment.group(List.of("1Z3", "1Z1", "1Z2"), 1)).containsExactly(
                new FoundShipment("1Z1", List.of("1Z1")), new FoundShipment("1Z2", List.of("1Z2")),
                new FoundShipment("1Z3", List.of("1Z3")));
    }

    @Test
    void consecutivePackagesFormOneShipmentNamedAfterTheFirst() {
        assertThat(FoundShipment.group(List.of("1Z4", "1Z1", "1Z3", "1Z2"), 2)).containsExactly(
                new FoundShipment("1Z1", List.of("1Z1", "1Z2")), new FoundShipment("1Z3", List.of("1Z3", "1Z4")));
        assertThat(FoundShipment.group(List.of(), 2)).isEmpty();
    }
}
