package dev.x3ups.x3.simulator.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.x3ups.x3.simulator.data.OrderRecord;
import dev.x3ups.x3.simulator.data.PurchaseOrderFactory;
import dev.x3ups.x3.simulator.data.SalesOrderFactory;
import dev.x3ups.x3.simulator.data.SeedData;
import dev.x3ups.x3.simulator.http.BadRequestException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DraftReaderTest {

    private final Instant now = Instant.parse("2025-01-15T10:00:00Z");

    @Test
    void readsSalesDraftsWithOverrides() {
        OrderRecord o = new SalesOrderFactory(SeedData.masterData()).build("SO000001", DraftReader.sales(Map.of(
                "BPCORD", "C0008", "MDL", "USTD", "BPDCTY", "Wokingham",
                "lines", List.of(Map.of("ITMREF", "IT0008", "QTY", 2)))), now);
        assertThat(o.get("BPDCTY")).isEqualTo("Wokingham");
        assertThat(o.get("MDL")).isEqualTo("USTD");
        assertThat(o.get("BPDCRY")).isEqualTo("GB");
    }

    @Test
    void readsPurchaseDrafts() {
        OrderRecord o = new PurchaseOrderFactory(SeedData.masterData()).build("PO000001", DraftReader.purchase(Map.of(
                "BPSNUM", "S0006", "RCPFCY", "MIS", "lines", List.of(Map.of("ITMREF", "IT0014", "QTYPUU", 5)))), now);
        assertThat(o.get("BPOCRY")).isEqualTo("GB");
        assertThat(o.get("RCPFCY")).isEqualTo("MIS");
    }

    @Test
    void refusesIncompleteDrafts() {
        assertThatThrownBy(() -> DraftReader.sales(Map.of("lines", List.of()))).isInstanceOf(BadRequestException.class);
        assertThatThrownBy(() -> DraftReader.sales(Map.of("BPCORD", "C0001", "lines", "x")))
                .isInstanceOf(BadRequestException.class);
        assertThatThrownBy(() -> DraftReader.sales(Map.of("BPCORD", "C0001", "lines", List.of(Map.of("ITMREF", "IT0001",
                "QTY", 0))))).isInstanceOf(BadRequestException.class);
        assertThatThrownBy(() -> DraftReader.purchase(Map.of("RCPFCY", "ATL"))).isInstanceOf(BadRequestException.class);
    }
}
