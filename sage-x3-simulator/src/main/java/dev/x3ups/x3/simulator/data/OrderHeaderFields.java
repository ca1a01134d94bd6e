package dev.x3ups.x3.simulator.data;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The header dictionary of one order class: its standard fields, and the extras a shipping-feed
 * representation adds (YSOSHIP, YPOSHIP). Orders store both; the standard representation shows only
 * the standard ones.
 */
public record OrderHeaderFields(List<Field> standard, List<Field> shippingExtras) {

    public OrderHeaderFields {
        standard = List.copyOf(standard);
        shippingExtras = List.copyOf(shippingExtras);
    }

    /** Standard fields, then the shipping-feed extras. */
    public List<Field> all() {
        List<Field> all = new ArrayList<>(standard);
        all.addAll(shippingExtras);
        return all;
    }

    public Optional<Field> field(String name) {
        return all().stream().filter(f -> f.name().equals(name)).findFirst();
    }
}
