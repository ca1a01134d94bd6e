package dev.x3ups.x3.simulator.data;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Read-only reference data of a folder: sites, customers, suppliers, items, carriers and delivery modes. */
public final class MasterData {

    private final Map<String, Site> sites;
    private final Map<String, Customer> customers;
    private final Map<String, Supplier> suppliers;
    private final Map<String, Item> items;
    private final Map<String, Carrier> carriers;
    private final Map<String, DeliveryMode> deliveryModes;

    public MasterData(List<Site> sites, List<Customer> customers, List<Supplier> suppliers, List<Item> items,
                      List<Carrier> carriers, List<DeliveryMode> deliveryModes) {
        this.sites = index(sites, Site::code);
        this.customers = index(customers, Customer::code);
        this.suppliers = index(suppliers, Supplier::code);
        this.items = index(items, Item::code);
        this.carriers = index(carriers, Carrier::code);
        this.deliveryModes = index(deliveryModes, DeliveryMode::code);
    }

    private static <T> Map<String, T> index(List<T> values, Function<T, String> key) {
        return values.stream().collect(Collectors.toMap(key, Function.identity(), (a, b) -> a, LinkedHashMap::new));
    }

    public Optional<Site> site(String code) {
        return Optional.ofNullable(sites.get(code));
    }

    public Optional<Customer> customer(String code) {
        return Optional.ofNullable(customers.get(code));
    }

    public Optional<Supplier> supplier(String code) {
        return Optional.ofNullable(suppliers.get(code));
    }

    public Optional<Item> item(String code) {
        return Optional.ofNullable(items.get(code));
    }

    public Optional<Carrier> carrier(String code) {
        return Optional.ofNullable(carriers.get(code));
    }

    public Optional<DeliveryMode> deliveryMode(String code) {
        return Optional.ofNullable(deliveryModes.get(code));
    }

    public List<Site> sites() {
        return List.copyOf(sites.values());
    }

    public List<Customer> customers() {
        return List.copyOf(customers.values());
    }

    public List<Supplier> suppliers() {
        return List.copyOf(suppliers.values());
    }

    public List<Item> items() {
        return List.copyOf(items.values());
    }
}
