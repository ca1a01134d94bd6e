package dev.x3ups.x3.client.mapping;

import static dev.x3ups.x3.client.TestSupport.resource;
import static dev.x3ups.x3.client.TestSupport.tree;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.x3ups.records.Address;
import dev.x3ups.records.Dimensions;
import dev.x3ups.records.Order;
import dev.x3ups.records.OrderKind;
import dev.x3ups.records.OrderLine;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class SalesOrderRowsTest {
    private final SalesOrderRows rows = new SalesOrderRows();

    @Test
    void mapsAShippingFeedRowWithArrayAddressLines() {
        Order order = rows.map("SEED", tree(resource("mapping/ysoship-row-array.json")));

        assertThat(order.kind()).isEqualTo(OrderKind.SALES);
        assertThat(order.key()).isEqualTo("SEED:SALES:SO000007");
        assertThat(order.site()).isEqualTo("ATL");
        assertThat(order.revision()).isEqualTo(Instant.parse("2025-01-15T10:00:05Z"));
        assertThat(order.partyCode()).isEqualTo("C0004");
        assertThat(order.shipFrom()).isNull();
        assertThat(order.shipTo()).isEqualTo(new Address("Müller & Söhne GmbH", "Jürgen Weiß", "+49 711 123456",
                "wareneingang@mueller.example", List.of("Industriestraße 12", "Halle B"), "Stuttgart", null, "70173",
                "DE", false));
        assertThat(order.totalAmount()).isEqualByComparingTo("1234.5");
        assertThat(order.currency()).isEqualTo("USD");
        assertThat(order.deliveryMode()).isEqualTo("UWEX");
        assertThat(order.carrier()).isEqualTo("UPS");
        assertThat(order.status()).isEqualTo("OPEN");
        assertThat(order.customerReference()).isEqualTo("PO-4711");

        assertThat(order.lines()).hasSize(2);
        OrderLine bracket = order.lines().get(0);
        assertThat(bracket.lineNumber()).isEqualTo(1000);
        assertThat(bracket.item()).isEqualTo("IT0001");
        assertThat(bracket.description()).isEqualTo("Steel bracket");
        assertThat(bracket.quantity()).isEqualByComparingTo("2");
        assertThat(bracket.unit()).isEqualTo("BOX");
        assertThat(bracket.lineWeight()).isEqualByComparingTo("11.02");
        assertThat(bracket.unitWeight()).isEqualByComparingTo("5.51");
        assertThat(bracket.weightUnit()).isEqualTo("LB");
        assertThat(bracket.dimensions()).isEqualTo(
                new Dimensions(new BigDecimal("30"), new BigDecimal("20"), new BigDecimal("10"), "CM"));
        assertThat(bracket.unitPrice()).isEqualByComparingTo("12.5");
        assertThat(bracket.commodityCode()).isEqualTo("7326.90");
        assertThat(bracket.originCountry()).as("upper-cased alpha-2").isEqualTo("DE");
        assertThat(bracket.itemFamily()).isEqualTo("HARDW");

        OrderLine gasket = order.lines().get(1);
        assertThat(gasket.unitWeight()).as("0 means unknown in X3").isNull();
        assertThat(gasket.lineWeight()).isNull();
        assertThat(gasket.weightUnit()).isNull();
        assertThat(gasket.dimensions()).isNull();
        assertThat(gasket.commodityCode()).as("an item master without HS code").isNull();
        assertThat(gasket.originCountry()).isNull();
        assertThat(gasket.itemFamily()).isNull();
    }

    @Test
    void mapsADetailsRecordWithIndexedAddressLinesAndStringNumbers() {
        Order order = rows.map("SEED", tree(resource("mapping/sorder-details-indexed.json")));

        assertThat(order.number()).isEqualTo("SO000012");
        assertThat(order.revision()).as("no zone means UTC").isEqualTo(Instant.parse("2025-01-15T11:30:00Z"));
        assertThat(order.shipTo().name()).isEqualTo("Maple Leaf Supplies");
        assertThat(order.shipTo().attention()).isNull();
        assertThat(order.shipTo().lines()).containsExactly("250 King St W", "Suite 1400");
        assertThat(order.shipTo().stateProvince()).isEqualTo("ON");
        assertThat(order.shipTo().postalCode()).isEqualTo("M5H 1J9");
        assertThat(order.shipTo().phone()).isNull();
        assertThat(order.status()).isEqualTo("CLOSED");
        assertThat(order.customerReference()).isNull();
        assertThat(order.totalAmount()).isEqualByComparingTo("88");

        OrderLine widget = order.lines().get(0);
        assertThat(widget.lineNumber()).isEqualTo(1000);
        assertThat(widget.quantity()).isEqualByComparingTo("3");
        // no line weight: the item master weight per stock unit is used
        assertThat(widget.unitWeight()).isEqualByComparingTo("1.5");
        assertThat(widget.lineWeight()).isEqualByComparingTo("4.5");
        assertThat(widget.weightUnit()).isEqualTo("LB");
    }

    @Test
    void knowsWhetherARowCarriesItsLines() {
        assertThat(rows.hasLines(tree("{\"SOHNUM\":\"SO1\",\"SOHSOP\":[]}"))).isTrue();
        assertThat(rows.hasLines(tree("{\"SOHNUM\":\"SO1\",\"YLINES\":[{\"ITMREF\":\"IT1\"}]}"))).isTrue();
        assertThat(rows.hasLines(tree("{\"SOHNUM\":\"SO1\",\"BPDADDLIG\":[\"a\"]}"))).isFalse();
    }

    @Test
    void toleratesMissingOptionalFields() {
        Order order = rows.map("SEED", tree("{\"SOHNUM\":\"SO9\",\"UPDDATTIM\":\"2025-01-15T10:00:00Z\"}"));

        assertThat(order.lines()).isEmpty();
        assertThat(order.shipTo().countryCode()).isEmpty();
        assertThat(order.shipTo().lines()).isEmpty();
        assertThat(order.status()).isNull();
        assertThat(order.totalAmount()).isNull();
    }

    @Test
    void refusesARowWithoutNumberOrRevision() {
        assertThatThrownBy(() -> rows.map("SEED", tree("{\"UPDDATTIM\":\"2025-01-15T10:00:00Z\"}")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("SOHNUM");
        assertThatThrownBy(() -> rows.map("SEED", tree("{\"SOHNUM\":\"SO1\"}")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("UPDDATTIM");
    }
}
