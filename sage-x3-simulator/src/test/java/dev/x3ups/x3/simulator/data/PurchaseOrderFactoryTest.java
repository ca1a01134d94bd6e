package dev.x3ups.x3.simulator.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class PurchaseOrderFactoryTest {

    private final PurchaseOrderFactory factory = new PurchaseOrderFactory(SeedData.masterData());
    private final Instant now = Instant.parse("2025-01-15T10:00:05Z");

    @Test
    void shipsFromTheSupplierToTheReceivingSite() {
        OrderRecord o = factory.build("PO000001", PurchaseOrderDraft.forSupplier("S0005").receivingSite("ATL")
                .line("IT0005", 3), now);
        assertThat(o.get("BPOCTY")).isEqualTo("Freiburg im Breisgau");
        assertThat(o.get("BPOCRY")).isEqualTo("DE");
        assertThat(o.get("BPRNAM")).isEqualTo("Schwarzwald Präzision GmbH");
        assertThat(o.get("BPAADDLIG")).isEqualTo(List.of("1200 Fulton Industrial Blvd SW", "Building C", ""));
        assertThat(o.get("SAT")).isEqualTo("GA");
        assertThat(o.get("CLEFLG")).isEqualTo(1);
        OrderLine line = o.lines().get(0);
        assertThat(line.get("POPLIN")).isEqualTo(1000);
        assertThat((BigDecimal) line.get("QTYWEU")).isEqualByComparingTo("9.590");
        assertThat(o.get("DSPWEU")).isEqualTo("LB");
    }

    @Test
    void refusesUnknownSuppliersSitesAndServerFields() {
        assertThatThrownBy(() -> factory.build("P", PurchaseOrderDraft.forSupplier("S9").line("IT0001", 1), now))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> factory.build("P", PurchaseOrderDraft.forSupplier("S0001").receivingSite("XXX")
                .line("IT0001", 1), now)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> factory.build("P", PurchaseOrderDraft.forSupplier("S0001").line("IT0001", 1)
                .set("POHNUM", "X"), now)).isInstanceOf(InvalidValueException.class);
    }
}
