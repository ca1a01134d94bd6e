package dev.x3ups.x3.simulator.api1;

import dev.x3ups.x3.simulator.data.Address;
import dev.x3ups.x3.simulator.data.Customer;
import dev.x3ups.x3.simulator.data.DeliveryAddress;
import dev.x3ups.x3.simulator.data.Item;
import dev.x3ups.x3.simulator.data.MasterData;
import dev.x3ups.x3.simulator.data.OrderLine;
import dev.x3ups.x3.simulator.data.Site;
import dev.x3ups.x3.simulator.data.Supplier;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Reference data as api1 records of the read-only classes FACILITY, BPCUSTOMER, BPSUPPLIER and ITMMASTER. */
final class MasterDataResources {

    private MasterDataResources() {
    }

    static List<Api1Resource> of(String className, MasterData master) {
        List<Api1Resource> out = new ArrayList<>();
        switch (className) {
            case Representations.SITE_CLASS -> master.sites().forEach(s -> out.add(site(s)));
            case Representations.CUSTOMER_CLASS -> master.customers().forEach(c -> out.add(customer(c)));
            case Representations.SUPPLIER_CLASS -> master.suppliers().forEach(s -> out.add(supplier(s)));
            case Representations.ITEM_CLASS -> master.items().forEach(i -> out.add(item(i)));
            default -> throw new IllegalArgumentException(className);
        }
        return out;
    }

    private static String uuid(String className, String key) {
        return UUID.nameUUIDFromBytes((className + "/" + key).getBytes()).toString();
    }

    private static void address(Map<String, Object> v, Address a) {
        v.put("BPAADDLIG", a.lines());
        v.put("POSCOD", a.postalCode());
        v.put("CTY", a.city());
        v.put("SAT", a.state());
        v.put("CRY", a.country());
        v.put("CRYNAM", a.countryName());
    }

    private static Api1Resource site(Site s) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("FCY", s.code());
        v.put("FCYNAM", s.name());
        v.put("LEGCPY", s.company());
        address(v, s.address());
        v.put("TEL", s.phone());
        v.put("WEB", s.email());
        v.put("WEU", s.weightUnit().name());
        v.put("CUR", s.currency());
        return new Api1Resource(uuid("FACILITY", s.code()), s.code(), v, List.of());
    }

    private static Api1Resource customer(Customer c) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("BPCNUM", c.code());
        v.put("BPCNAM", c.names());
        v.put("BPAADD", c.deliveryAddresses().get(0).code());
        v.put("CRY", c.deliveryAddresses().get(0).address().country());
        List<OrderLine> addresses = new ArrayList<>();
        for (DeliveryAddress d : c.deliveryAddresses()) {
            Map<String, Object> a = new LinkedHashMap<>();
            a.put("BPAADD", d.code());
            a.put("BPADES", d.names());
            address(a, d.address());
            a.put("CNTNAM", d.contact());
            a.put("TEL", d.phone());
            a.put("WEB", d.email());
            a.put("MDL", d.deliveryMode());
            a.put("BPTNUM", d.carrier());
            addresses.add(new OrderLine(uuid("BPADDRESS", c.code() + "~" + d.code()), a));
        }
        return new Api1Resource(uuid("BPCUSTOMER", c.code()), c.code(), v, addresses);
    }

    private static Api1Resource supplier(Supplier s) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("BPSNUM", s.code());
        v.put("BPSNAM", s.name());
        v.put("BPAADD", s.address().code());
        address(v, s.address());
        v.put("TEL", s.phone());
        v.put("WEB", s.email());
        v.put("CUR", s.currency());
        return new Api1Resource(uuid("BPSUPPLIER", s.code()), s.code(), v, List.of());
    }

    private static Api1Resource item(Item i) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("ITMREF", i.code());
        v.put("ITMDES1", i.description());
        v.put("STU", i.stockUnit());
        v.put("SAU", i.salesUnit());
        v.put("SAUSTUCOE", i.salesToStock());
        v.put("ITMWEI", i.hasWeight() ? i.weight() : BigDecimal.ZERO);
        v.put("WEU", i.hasWeight() ? i.weightUnit().name() : "");
        v.put("ZLEN", i.hasDimensions() ? i.length() : BigDecimal.ZERO);
        v.put("ZWID", i.hasDimensions() ? i.width() : BigDecimal.ZERO);
        v.put("ZHEI", i.hasDimensions() ? i.height() : BigDecimal.ZERO);
        v.put("ZDIMUOM", i.dimensionUnit());
        v.put("BASPRI", i.price());
        v.put("CUSREF", i.commodityCode());
        v.put("YORICRY", i.originCountry());
        v.put("TCLCOD", i.family());
        return new Api1Resource(uuid("ITMMASTER", i.code()), i.code(), v, List.of());
    }
}
