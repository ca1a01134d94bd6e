package dev.x3ups.x3.client.mapping;

import static dev.x3ups.x3.client.TestSupport.resource;
import static dev.x3ups.x3.client.TestSupport.tree;
import static org.assertj.core.api.Assertions.assertThat;

import dev.x3ups.records.Address;
import dev.x3ups.records.Dimensions;
import dev.x3ups.records.Order;
import dev.x3ups.records.OrderKind;
import dev.x3ups.records.OrderLine;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class PurchaseOrderRowsTest {
    private final PurchaseOrderRows rows = new PurchaseOrderRows();

    @Test
    void mapsSupplierShipFromAndReceivingShipTo() {
        Order order = rows.map("SEED", tree(resource("mapping/ypoship-row.json")));

        assertThat(order.kind()).isEqualTo(OrderKind.PURCHASE);
        assertThat(order.key()).isEqualTo("SEED:PURCHASE:PO000003");
        assertThat(order.site()).as("receiving site").isEqualTo("RNO");
        assertThat(order.revision()).isEqualTo(Instant.parse("2025-01-15T09:59:59Z"));
        assertThat(order.partyCode()).isEqualTo("S0002");
        assertThat(order.shipFrom()).isEqualTo(new Address("Pacific Components Ltd", null, "+1 604 555 0199",
                "shipping@pacific.example", List.of("88 Harbour Rd", "Unit 5"), "Vancouver", "BC", "V6B 1A1", "CA",
                false));
        assertThat(order.shipTo()).isEqualTo(new Address("Reno Fulfillment Center", "Receiving dock 2",
                "+1 775 555 0142", "receiving@x3ups.example", List.of("555 Vassar St"), "Reno", "NV", "89502", "US",
                false));
        assertThat(order.totalAmount()).isEqualByComparingTo("5400");
        assertThat(order.currency()).isEqualTo("USD");
        assertThat(order.status()).isEqualTo("OPEN");
        assertThat(order.customerReference()).isEqualTo("Q-2025-77");
        assertThat(order.deliveryMode()).isEqualTo("UGND");

        OrderLine line = order.lines().get(0);
        assertThat(line.lineNumber()).isEqualTo(1000);
        assertThat(line.item()).isEqualTo("IT0005");
        assertThat(line.quantity()).isEqualByComparingTo("3");
        assertThat(line.unit()).isEqualTo("PAL");
        assertThat(line.lineWeight()).isEqualByComparingTo("66.14");
        assertThat(line.unitWeight()).isEqualByComparingTo("22.04666666666667");
        assertThat(line.weightUnit()).isEqualTo("LB");
        assertThat(line.dimensions()).isEqualTo(
                new Dimensions(new BigDecimal("12"), new BigDecimal("8"), new BigDecimal("6"), "IN"));
        assertThat(line.unitPrice()).isEqualByComparingTo("1800");
        assertThat(line.commodityCode()).isEqualTo("841459");
        assertThat(line.originCountry()).isEqualTo("CA");
        assertThat(line.itemFamily()).isEqualTo("MECH");
    }

    @Test
    void closedFlagTwoIsClosedAndIndexedNamesWork() {
        Order order = rows.map("SEED", tree("""
                {"POHNUM":"PO1","UPDDATTIM":"2025-01-15T10:00:00Z","CLEFLG":2,
                 "BPANAM_1":"Atlanta Distribution Center","BPAADDLIG_1":"1200 Fulton Industrial Blvd SW",
                 "CTY":"Atlanta","SAT":"GA","POSCOD":"30336","CRY":"US","POHPOP":[]}"""));

        assertThat(order.status()).isEqualTo("CLOSED");
        assertThat(order.shipTo().name()).isEqualTo("Atlanta Distribution Center");
        assertThat(order.shipTo().lines()).containsExactly("1200 Fulton Industrial Blvd SW");
        assertThat(order.shipFrom().countryCode()).isEmpty();
        assertThat(rows.hasLines(tree("{\"POHPOP\":[]}"))).isTrue();
    }
}
