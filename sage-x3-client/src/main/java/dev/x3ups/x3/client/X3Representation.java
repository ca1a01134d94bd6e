package dev.x3ups.x3.client;

import java.util.Objects;

/**
 * An api1 class and the representation to read it through, e.g. {@code SORDER}/{@code SORDER} (the
 * standard, lines read per order) or {@code SORDER}/{@code YSOSHIP} (a shipping feed with lines in
 * every query row).
 */
public record X3Representation(String className, String representation) {
    public static final X3Representation SALES_ORDERS = new X3Representation("SORDER", "SORDER");
    public static final X3Representation PURCHASE_ORDERS = new X3Representation("PORDER", "PORDER");

    public X3Representation {
        Objects.requireNonNull(className, "className");
        Objects.requireNonNull(representation, "representation");
    }

    /** Same class, another representation. */
    public static X3Representation of(String className, String representation) {
        return new X3Representation(className, representation);
    }
}
