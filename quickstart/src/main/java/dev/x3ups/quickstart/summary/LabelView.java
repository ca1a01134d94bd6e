package dev.x3ups.quickstart.summary;

import java.util.function.Predicate;

/**
 * Where each package's label went: printed by a warehouse's (simulated) printer, or e-mailed by UPS to the
 * supplier (inbound Electronic Return Labels).
 */
public record LabelView(Predicate<String> printed, Predicate<String> emailed) {

    /** No printer and no e-mail: every created shipment counts as unlabelled. */
    public static final LabelView NONE = new LabelView(n -> false, n -> false);
}
