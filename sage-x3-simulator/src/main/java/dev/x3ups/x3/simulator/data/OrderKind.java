package dev.x3ups.x3.simulator.data;

/** Sales orders ship warehouse to customer; purchase orders ship supplier to warehouse. */
public enum OrderKind {
    SALES("SO"),
    PURCHASE("PO");

    private final String prefix;

    OrderKind(String prefix) {
        this.prefix = prefix;
    }

    public String prefix() {
        return prefix;
    }
}
