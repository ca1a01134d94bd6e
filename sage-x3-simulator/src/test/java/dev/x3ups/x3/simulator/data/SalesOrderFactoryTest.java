package dev.x3ups.x3.simulator.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class SalesOrderFactoryTest {

    private final SalesOrderFactory factory = new SalesOrderFactory(SeedData.masterData());
    private final Instant now = Instant.parse("2025-01-15T10:00:05Z");

    @Test
    void fillsShipToFromTheCustomerAddressAndWeightsFromTheItemMaster() {
        OrderRecord o = factory.build("SO000001", SalesOrderDraft.forCustomer("C0002")
                .line("IT0002", 2).line("IT0003", 1), now);
        assertThat(o.get("BPDCTY")).isEqualTo("San Francisco");
        assertThat(o.get("BPDSAT")).isEqualTo("CA");
        assertThat(o.get("STOFCY")).as("western customers ship from Reno").isEqualTo("RNO");
        assertThat(o.get("MDL")).isEqualTo("UNDA");
        assertThat(o.get("BPTNUM")).isEqualTo("UPS");
        assertThat(o.get("DSPWEU")).isEqualTo("LB");
        assertThat(o.get("ORDDAT")).isEqualTo(LocalDate.parse("2025-01-15"));
        assertThat(o.updated()).isEqualTo(now);
        OrderLine stove = o.lines().get(0);
        assertThat(stove.get("SOPLIN")).isEqualTo(1000);
        assertThat(stove.get("ITMWEI")).isEqualTo(new BigDecimal("3.5"));
        assertThat(stove.get("WEU")).isEqualTo("LB");
        assertThat((BigDecimal) stove.get("DSPLINWEI")).isEqualByComparingTo("7.000");
        assertThat(stove.get("ZDIMUOM")).isEqualTo("IN");
        OrderLine bolts = o.lines().get(1);
        assertThat((BigDecimal) bolts.get("DSPLINWEI")).isEqualByComparingTo("1.874");
        assertThat((BigDecimal) bolts.get("ZLEN")).isEqualByComparingTo("0");
        assertThat((BigDecimal) o.get("DSPTOTWEI")).isEqualByComparingTo("8.874");
    }

    @Test
    void canadianCustomersShipFromMississaugaInKilograms() {
        OrderRecord o = factory.build("SO000002", SalesOrderDraft.forCustomer("C0006").line("IT0001", 1), now);
        assertThat(o.get("STOFCY")).isEqualTo("MIS");
        assertThat(o.get("DSPWEU")).isEqualTo("KG");
        assertThat(o.get("CUR")).isEqualTo("CAD");
    }

    @Test
    void overridesAreValidatedByTheDictionary() {
        OrderRecord o = factory.build("SO000003", SalesOrderDraft.forCustomer("C0001").line("IT0001", 1)
                .set("BPDADDLIG", List.of("1 Peachtree Center")), now);
        assertThat(o.get("BPDADDLIG")).isEqualTo(List.of("1 Peachtree Center", "", ""));
        assertThatThrownBy(() -> factory.build("SO000004", SalesOrderDraft.forCustomer("C0001").line("IT0001", 1)
                .set("BPDADDLIG", List.of("x".repeat(51))), now)).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> factory.build("SO000004", SalesOrderDraft.forCustomer("C0001").line("IT0001", 1)
                .set("SOHNUM", "X"), now)).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void refusesUnknownReferencesAndEmptyOrders() {
        assertThatThrownBy(() -> factory.build("S", SalesOrderDraft.forCustomer("C9999").line("IT0001", 1), now))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> factory.build("S", SalesOrderDraft.forCustomer("C0001").line("IT9999", 1), now))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> factory.build("S", SalesOrderDraft.forCustomer("C0001").address("009").line("IT0001", 1), now))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> factory.build("S", SalesOrderDraft.forCustomer("C0001"), now))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
