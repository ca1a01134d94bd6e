package dev.x3ups.records;

/** Which X3 document an order is: a sales order ships out, a purchase order is an inbound shipment. */
public enum OrderKind {
    SALES,
    PURCHASE
}
