package dev.x3ups.x3.client.mapping;

import static dev.x3ups.x3.client.TestSupport.tree;
import static org.assertj.core.api.Assertions.assertThat;

import dev.x3ups.records.Order;
import org.junit.jupiter.api.Test;

class OrderWithdrawalTest {
    private final SalesOrderRows sales = new SalesOrderRows();
    private final PurchaseOrderRows purchases = new PurchaseOrderRows();

    private static String salesRow(int ordsta, int dlvsta, String lines) {
        return """
                {"SOHNUM":"SO1","UPDDATTIM":"2025-01-15T10:00:00Z","ORDSTA":%d,"DLVSTA":%d,"BPDCRY":"US",
                 "SOHSOP":[%s]}""".formatted(ordsta, dlvsta, lines);
    }

    private static final String OPEN_LINE = "{\"SOPLIN\":1000,\"ITMREF\":\"IT1\",\"QTY\":1,\"SOQSTA\":1}";
    private static final String CLOSED_LINE = "{\"SOPLIN\":2000,\"ITMREF\":\"IT2\",\"QTY\":1,\"SOQSTA\":3}";

    @Test
    void closedBeforeAnythingWasDeliveredIsCancelled() {
        Order order = sales.map("SEED", tree(salesRow(2, 1, OPEN_LINE)));

        assertThat(order.status()).isEqualTo(Order.CANCELLED);
        assertThat(order.isCancelled()).isTrue();
    }

    @Test
    void closedAfterDeliveryIsClosedNotCancelled() {
        assertThat(sales.map("SEED", tree(salesRow(2, 3, CLOSED_LINE))).status()).isEqualTo("CLOSED");
        assertThat(sales.map("SEED", tree(salesRow(2, 2, OPEN_LINE))).status())
                .as("partly delivered: goods went out, nothing to void").isEqualTo("CLOSED");
    }

    @Test
    void everyLineClosedIsCancelledEvenWithTheHeaderOpen() {
        assertThat(sales.map("SEED", tree(salesRow(1, 1, CLOSED_LINE + "," + CLOSED_LINE))).status())
                .isEqualTo(Order.CANCELLED);
        assertThat(sales.map("SEED", tree(salesRow(1, 1, OPEN_LINE + "," + CLOSED_LINE))).status())
                .as("one line still open").isEqualTo("OPEN");
    }

    @Test
    void everyLineRemovedIsCancelled() {
        assertThat(sales.map("SEED", tree(salesRow(1, 1, ""))).status()).isEqualTo(Order.CANCELLED);
    }

    @Test
    void withoutTheDeliveryStatusAClosedOrderIsOnlyClosed() {
        Order order = sales.map("SEED", tree("""
                {"SOHNUM":"SO1","UPDDATTIM":"2025-01-15T10:00:00Z","ORDSTA":2,"BPDCRY":"US","SOHSOP":[]}"""));

        assertThat(order.status()).isEqualTo("CLOSED");
    }

    @Test
    void aRowWithoutItsLinesIsJudgedOnItsHeader() {
        Order open = sales.map("SEED", tree("""
                {"SOHNUM":"SO1","UPDDATTIM":"2025-01-15T10:00:00Z","ORDSTA":1,"DLVSTA":1,"BPDCRY":"US"}"""));

        assertThat(open.status()).isEqualTo("OPEN");
    }

    @Test
    void purchaseOrdersUseTheClosedFlagTheReceiptFlagAndTheLineFlags() {
        String closedUnreceived = """
                {"POHNUM":"PO1","UPDDATTIM":"2025-01-15T10:00:00Z","CLEFLG":2,"RCPFLG":1,"CRY":"US",
                 "POHPOP":[{"POPLIN":1000,"ITMREF":"IT1","QTYPUU":1,"LINCLEFLG":1}]}""";
        String received = closedUnreceived.replace("\"RCPFLG\":1", "\"RCPFLG\":3");
        String linesClosed = """
                {"POHNUM":"PO1","UPDDATTIM":"2025-01-15T10:00:00Z","CLEFLG":1,"RCPFLG":1,"CRY":"US",
                 "POHPOP":[{"POPLIN":1000,"ITMREF":"IT1","QTYPUU":1,"LINCLEFLG":2},
                           {"POPLIN":2000,"ITMREF":"IT2","QTYPUU":1,"LINSTA":3}]}""";

        assertThat(purchases.map("SEED", tree(closedUnreceived)).status()).isEqualTo(Order.CANCELLED);
        assertThat(purchases.map("SEED", tree(received)).status()).isEqualTo("CLOSED");
        assertThat(purchases.map("SEED", tree(linesClosed)).status()).isEqualTo(Order.CANCELLED);
    }

    @Test
    void graphQlNamesOfTheDeliveryProgressAndFlags() {
        assertThat(OrderWithdrawal.Delivery.of("notDelivered")).isEqualTo(OrderWithdrawal.Delivery.NONE);
        assertThat(OrderWithdrawal.Delivery.of("partlyReceived")).isEqualTo(OrderWithdrawal.Delivery.PARTLY);
        assertThat(OrderWithdrawal.Delivery.of("delivered")).isEqualTo(OrderWithdrawal.Delivery.FULL);
        assertThat(OrderWithdrawal.Delivery.of("something")).isNull();
        assertThat(OrderWithdrawal.lineStatusClosed("closed")).isTrue();
        assertThat(OrderWithdrawal.lineStatusClosed("late")).isFalse();
        assertThat(OrderWithdrawal.closedFlag("yes")).isTrue();
        assertThat(OrderWithdrawal.closedFlag("1")).isFalse();
    }
}
