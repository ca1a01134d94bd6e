package dev.x3ups.ups.sink.planning;

import static dev.x3ups.ups.sink.planning.TestOrders.customerUs;
import static dev.x3ups.ups.sink.planning.TestOrders.oneKilo;
import static dev.x3ups.ups.sink.planning.TestOrders.sales;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.x3ups.ups.client.ship.ReferenceNumber;
import org.junit.jupiter.api.Test;

class ShipmentReferencesTest {
    private static final ReferenceNumber KEY = ReferenceNumber.of("SEED:SALES:SO000101");

    @Test
    void theKeyFirstAndTheCustomerReferenceSecond() throws Exception {
        assertThat(ShipmentReferences.forPackages(sales("SO000101", "ATL", customerUs(), "UGND", "PO-4711", oneKilo())))
                .containsExactly(KEY, new ReferenceNumber("PO", "PO-4711"));
    }

    @Test
    void aCustomerReferenceThatDoesNotFitIsLeftOff() throws Exception {
        assertThat(ShipmentReferences.forPackages(sales("SO000101", "ATL", customerUs(), "UGND", "R".repeat(36),
                oneKilo()))).containsExactly(KEY);
        assertThat(ShipmentReferences.forPackages(sales("SO000101", "ATL", customerUs(), "UGND", null, oneKilo())))
                .containsExactly(KEY);
        assertThat(ShipmentReferences.forPackages(sales("SO000101", "ATL", customerUs(), "UGND", "Bestellung Nr. 4711 für Café",
                oneKilo()))).containsExactly(KEY, new ReferenceNumber("PO", "Bestellung Nr. 4711 fur Cafe"));
    }

    @Test
    void shipmentLevelOnlyOffTheUsAndPuertoRicoDomesticLanes() throws Exception {
        var order = sales("SO000101", "ATL", customerUs(), "UGND", "PO-4711", oneKilo());

        assertThat(ShipmentReferences.forShipment(order, "US", "US")).isEmpty();
        assertThat(ShipmentReferences.forShipment(order, "PR", "PR")).isEmpty();
        assertThat(ShipmentReferences.forShipment(order, "US", "CA")).first().isEqualTo(KEY);
        assertThat(ShipmentReferences.forShipment(order, "US", "PR")).first().isEqualTo(KEY);
        assertThat(ShipmentReferences.forShipment(order, "CA", "CA")).first().isEqualTo(KEY);
    }

    @Test
    void anOrderKeyOverThirtyFiveCharactersIsRefused() {
        var order = sales("SO2026-000000000000000001", "ATL", customerUs(), "UGND", null, oneKilo());

        assertThatThrownBy(() -> ShipmentReferences.forPackages(order))
                .isInstanceOf(UnshippableOrderException.class)
                .hasMessage("order key 'SEED:SALES:SO2026-000000000000000001' has 36 characters; a UPS reference holds 35")
                .satisfies(e -> assertThat(((UnshippableOrderException) e).code())
                        .isEqualTo(UnshippableOrderException.REFERENCE_TOO_LONG));
    }
}
