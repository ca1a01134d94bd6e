package dev.x3ups.ups.client.ship;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ShipmentSpecTest {

    @Test
    void originIsTheShipFromWhenPresent() {
        ShipmentSpec inbound = Shipments.inbound("K").build();
        assertThat(inbound.origin().name()).isEqualTo("Supplier Industries");
        assertThat(Shipments.domesticUs("K").build().origin().name()).isEqualTo("ACME Distribution");
    }

    @Test
    void domesticMeansUsToUsOrPrToPr() {
        assertThat(Shipments.domesticUs("K").build().domesticUsOrPr()).isTrue();
        assertThat(Shipments.inbound("K").build().domesticUsOrPr()).isTrue();
        assertThat(Shipments.usToCanada("K").build().domesticUsOrPr()).isFalse();
        Party puertoRico = Party.of("PR Co", Address.of("1 Calle Sol", "San Juan", "PR", "00901", "PR"));
        assertThat(Shipments.domesticUs("K").shipper(puertoRico, "A1B2C3").shipTo(puertoRico).build().domesticUsOrPr())
                .isTrue();
        Party germany = Party.of("DE Co", Address.of("Hauptstrasse 5", "Berlin", null, "10115", "DE"));
        assertThat(Shipments.domesticUs("K").shipper(germany, "A1B2C3").shipTo(germany).build().domesticUsOrPr())
                .as("same country but not US/PR").isFalse();
    }

    @Test
    void rejectsWhatUpsWouldRefuseAnyway() {
        assertThatThrownBy(() -> ShipmentSpec.builder().shipper(Shipments.warehouse(), "A1B2C3")
                .shipTo(Shipments.warehouse()).build()).hasMessageContaining("package");
        assertThatThrownBy(() -> new Address(List.of("a", "b", "c", "d"), "City", null, null, "US", false))
                .hasMessageContaining("1 to 3 lines");
        assertThatThrownBy(() -> ReferenceNumber.of("R".repeat(36))).hasMessageContaining("35");
        assertThatThrownBy(() -> Weight.of("0", WeightUnit.LBS)).hasMessageContaining("positive");
    }

    @Test
    void toBuilderKeepsEverything() {
        ShipmentSpec spec = Shipments.multiPackage("K").negotiatedRates(true).labelFormat(LabelFormat.ZPL).build();
        ShipmentSpec copy = spec.toBuilder().build();
        assertThat(copy.packages()).isEqualTo(spec.packages());
        assertThat(copy.negotiatedRates()).isTrue();
        assertThat(copy.labelFormat()).isEqualTo(LabelFormat.ZPL);
        assertThat(copy.customerContext()).isEqualTo("K");
        assertThat(spec.toString()).contains("packages=3");
    }
}
