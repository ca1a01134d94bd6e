package dev.x3ups.x3.simulator.admin;

import dev.x3ups.x3.simulator.data.BadOrderKind;
import dev.x3ups.x3.simulator.data.Folder;
import dev.x3ups.x3.simulator.data.OrderGenerator;
import dev.x3ups.x3.simulator.data.OrderKind;
import dev.x3ups.x3.simulator.data.OrderRecord;
import dev.x3ups.x3.simulator.data.PurchaseOrderDraft;
import dev.x3ups.x3.simulator.data.SalesOrderDraft;
import dev.x3ups.x3.simulator.data.TrackingRecord;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Random;

/** The Java admin API of one folder: create, modify and generate orders, read write-back rows. */
public final class X3Admin {

    private final Folder folder;

    public X3Admin(Folder folder) {
        this.folder = folder;
    }

    public OrderRecord createSalesOrder(SalesOrderDraft draft) {
        return folder.createSalesOrder(draft);
    }

    public OrderRecord createPurchaseOrder(PurchaseOrderDraft draft) {
        return folder.createPurchaseOrder(draft);
    }

    /** Header changes by X3 field name; bumps UPDDATTIM. */
    public OrderRecord modifySalesOrder(String number, Map<String, Object> changes) {
        return folder.modify(OrderKind.SALES, number, changes)
                .orElseThrow(() -> new NoSuchElementException("no sales order " + number));
    }

    public OrderRecord modifyPurchaseOrder(String number, Map<String, Object> changes) {
        return folder.modify(OrderKind.PURCHASE, number, changes)
                .orElseThrow(() -> new NoSuchElementException("no purchase order " + number));
    }

    /**
     * Cancels the order as an X3 user does: closes it while nothing was delivered (sales ORDSTA 2,
     * purchase CLEFLG 2); bumps UPDDATTIM.
     */
    public OrderRecord cancel(OrderKind kind, String number) {
        return folder.close(kind, number).orElseThrow(() -> new NoSuchElementException("no order " + number));
    }

    /** Closes one line, by its line number (1000, 2000...); bumps UPDDATTIM. */
    public OrderRecord closeLine(OrderKind kind, String number, int lineNumber) {
        return folder.closeLine(kind, number, lineNumber)
                .orElseThrow(() -> new NoSuchElementException("no order " + number));
    }

    /** Removes one line, by its line number; bumps UPDDATTIM. */
    public OrderRecord removeLine(OrderKind kind, String number, int lineNumber) {
        return folder.removeLine(kind, number, lineNumber)
                .orElseThrow(() -> new NoSuchElementException("no order " + number));
    }

    /** Stamps the order as changed now without other change. */
    public OrderRecord touch(OrderKind kind, String number) {
        return folder.touch(kind, number).orElseThrow(() -> new NoSuchElementException("no order " + number));
    }

    public Optional<OrderRecord> salesOrder(String number) {
        return folder.sales().find(number);
    }

    public Optional<OrderRecord> purchaseOrder(String number) {
        return folder.purchases().find(number);
    }

    public List<OrderRecord> salesOrders() {
        return folder.sales().all();
    }

    public List<OrderRecord> purchaseOrders() {
        return folder.purchases().all();
    }

    public Optional<TrackingRecord> writeBack(String orderNumber) {
        return folder.tracking().find(orderNumber);
    }

    public List<TrackingRecord> writeBacks() {
        return folder.tracking().all();
    }

    public GeneratedOrders generate(GeneratorRequest request) {
        Random random = new Random(request.seed());
        OrderGenerator generator = new OrderGenerator(folder.master(), random);
        List<String> sales = new ArrayList<>();
        List<String> bad = new ArrayList<>();
        for (int i = 0; i < request.sales(); i++) {
            boolean isBad = Math.floor((i + 1) * request.badShare()) > Math.floor(i * request.badShare());
            SalesOrderDraft draft;
            if (isBad) {
                BadOrderKind kind = generator.anyBadKind();
                draft = generator.badSales(kind);
            } else {
                draft = generator.sales();
            }
            String number = folder.createSalesOrder(draft).number();
            sales.add(number);
            if (isBad) {
                bad.add(number);
            }
        }
        List<String> purchase = new ArrayList<>();
        for (int i = 0; i < request.purchase(); i++) {
            purchase.add(folder.createPurchaseOrder(generator.purchase()).number());
        }
        return new GeneratedOrders(sales, purchase, bad);
    }

    public Folder folder() {
        return folder;
    }
}
