package dev.x3ups.records;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A Sage X3 sales or purchase order as it travels on {@code x3.orders}.
 *
 * @param kind          sales (warehouse to customer) or purchase (supplier to receiving site)
 * @param folder        X3 folder / endpoint the order was read from
 * @param number        order number (SOHNUM / POHNUM)
 * @param site          shipping site for sales orders, receiving site for purchase orders
 * @param revision      X3 update timestamp (UPDDATTIM, UTC); a new revision means the order changed
 * @param partyCode     customer (BPCORD) or supplier (BPSNUM)
 * @param shipFrom      where the goods leave: null for sales orders (the site's address is configured in
 *                      the UPS sink), the supplier's address for purchase orders
 * @param shipTo        where the goods go: the customer's delivery address, or the receiving site
 * @param lines         order lines, never null
 * @param totalAmount   order total, may be null
 * @param currency      currency of the total, may be null
 * @param deliveryMode  X3 delivery mode (MDL), may be null
 * @param carrier       X3 carrier (BPTNUM), may be null
 * @param status        X3 order status as text: OPEN, CLOSED, or {@value #CANCELLED} (closed before it was delivered,
 *                      or every line closed or removed); may be null
 * @param customerReference customer's PO number (CUSORDREF) or supplier reference (ORDREF), may be null
 * @param writeBack     what X3's write-back record held for the order when it was read (evidence of an earlier
 *                      shipment that outlives the UPS sink's ledger entry); null when X3 holds none or the source
 *                      does not read it
 */
public record Order(
        OrderKind kind,
        String folder,
        String number,
        String site,
        Instant revision,
        String partyCode,
        Address shipFrom,
        Address shipTo,
        List<OrderLine> lines,
        BigDecimal totalAmount,
        String currency,
        String deliveryMode,
        String carrier,
        String status,
        String customerReference,
        WriteBack writeBack) {

    public Order {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(folder, "folder");
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(revision, "revision");
        lines = lines == null ? List.of() : List.copyOf(lines);
    }

    /** An order without write-back evidence (what every reader of X3's order tables builds). */
    public Order(OrderKind kind, String folder, String number, String site, Instant revision, String partyCode,
                 Address shipFrom, Address shipTo, List<OrderLine> lines, BigDecimal totalAmount, String currency,
                 String deliveryMode, String carrier, String status, String customerReference) {
        this(kind, folder, number, site, revision, partyCode, shipFrom, shipTo, lines, totalAmount, currency,
                deliveryMode, carrier, status, customerReference, null);
    }

    /** This order carrying {@code writeBack} (null: none). */
    public Order withWriteBack(WriteBack writeBack) {
        return new Order(kind, folder, number, site, revision, partyCode, shipFrom, shipTo, lines, totalAmount,
                currency, deliveryMode, carrier, status, customerReference, writeBack);
    }

    /** The status of an order withdrawn in X3: a shipment made for it is voided while UPS still allows. */
    public static final String CANCELLED = "CANCELLED";

    /** True when X3 withdrew the order (see {@link #status()}). */
    public boolean isCancelled() {
        return CANCELLED.equals(status);
    }

    /** The business key on every topic: {@code {folder}:{SALES|PURCHASE}:{number}}. */
    public String key() {
        return key(folder, kind, number);
    }

    public static String key(String folder, OrderKind kind, String number) {
        return new OrderKey(folder, kind, number).toString();
    }
}
