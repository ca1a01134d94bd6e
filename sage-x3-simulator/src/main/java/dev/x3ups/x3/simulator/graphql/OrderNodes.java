package dev.x3ups.x3.simulator.graphql;

import dev.x3ups.x3.simulator.data.Item;
import dev.x3ups.x3.simulator.data.MasterData;
import dev.x3ups.x3.simulator.data.OrderLine;
import dev.x3ups.x3.simulator.data.OrderRecord;
import dev.x3ups.x3.simulator.data.TrackingRecord;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Maps orders to GraphQL node maps with the X3 Services property names. References are always objects
 * (an empty reference has code ""), so filters and sorts can name nested properties on every node.
 */
public final class OrderNodes {

    private final MasterData master;

    public OrderNodes(MasterData master) {
        this.master = master;
    }

    public Map<String, Object> sales(OrderRecord o, Optional<TrackingRecord> tracking) {
        Map<String, Object> n = new LinkedHashMap<>();
        n.put("_id", o.number());
        n.put("id", o.number());
        n.put("company", o.text("CPY"));
        n.put("salesOrderType", o.text("SOHTYP"));
        n.put("category", menu(o.get("SOHCAT"), "normal", "loan", "directInvoice", "openOrder"));
        n.put("salesSite", site(o.text("SALFCY")));
        n.put("shippingSite", site(o.text("STOFCY")));
        n.put("soldToCustomer", party(o.text("BPCORD"),
                master.customer(o.text("BPCORD")).map(c -> c.names().get(0)).orElse("")));
        n.put("shipToCustomerAddress", code(o.text("BPAADD"), ""));
        n.put("shipToCustomerCompanyNames", o.get("BPDNAM"));
        n.put("shipToCustomerAddressLines", o.get("BPDADDLIG"));
        n.put("shipToCustomerCity", o.text("BPDCTY"));
        n.put("shipToCustomerPostalCode", o.text("BPDPOSCOD"));
        n.put("shipToCustomerState", o.text("BPDSAT"));
        n.put("shipToCustomerCountry", code(o.text("BPDCRY"), o.text("BPDCRYNAM")));
        n.put("shipToCustomerCountryName", o.text("BPDCRYNAM"));
        Map<String, Object> contact = new LinkedHashMap<>();
        contact.put("name", o.text("CNDNAM"));
        contact.put("telephone", o.text("TEL"));
        contact.put("email", o.text("WEB"));
        n.put("shipToCustomerContact", contact);
        n.put("customerOrderReference", o.text("CUSORDREF"));
        n.put("orderDate", text(o.get("ORDDAT")));
        n.put("shipmentDate", text(o.get("SHIDAT")));
        n.put("requestedDeliveryDate", text(o.get("DEMDLVDAT")));
        n.put("deliveryMode", code(o.text("MDL"), master.deliveryMode(o.text("MDL")).map(m -> m.description()).orElse("")));
        n.put("carrier", code(o.text("BPTNUM"), master.carrier(o.text("BPTNUM")).map(c -> c.name()).orElse("")));
        n.put("orderStatus", menu(o.get("ORDSTA"), "open", "closed"));
        n.put("deliveryStatus", menu(o.get("DLVSTA"), "notDelivered", "partlyDelivered", "delivered"));
        n.put("creditStatus", menu(o.get("CDTSTA"), "ok", "blocked"));
        n.put("holdStatus", menu(o.get("HLDSTA"), "notHeld", "held"));
        n.put("totalWeight", o.get("DSPTOTWEI"));
        n.put("weightUnit", code(o.text("DSPWEU"), ""));
        n.put("currency", code(o.text("CUR"), ""));
        n.put("totalAmountIncludingTax", o.get("ORDINVATI"));
        n.put("_createStamp", text(o.get("CREDATTIM")));
        n.put("_updateStamp", text(o.get("UPDDATTIM")));
        List<Map<String, Object>> lines = new ArrayList<>();
        for (OrderLine l : o.lines()) {
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("lineNumber", l.get("SOPLIN"));
            line.put("lineStatus", menu(l.get("SOQSTA"), "pending", "late", "closed"));
            line.put("product", product(l));
            line.put("productDescription", l.get("ITMDES1"));
            line.put("quantityInSalesUnitOrdered", l.get("QTY"));
            line.put("salesUnit", code((String) l.get("SAU"), ""));
            line.put("salesUnitToStockUnitConversionFactor", l.get("SAUSTUCOE"));
            line.put("quantityInStockUnitOrdered", l.get("QTYSTU"));
            line.put("stockUnit", code((String) l.get("STU"), ""));
            line.put("lineWeight", l.get("DSPLINWEI"));
            line.put("lineWeightUnit", code((String) l.get("DSPWEU"), ""));
            line.put("netPrice", l.get("NETPRI"));
            lines.add(line);
        }
        n.put("lines", lines);
        putTracking(n, tracking);
        return n;
    }

    public Map<String, Object> purchase(OrderRecord o) {
        Map<String, Object> n = new LinkedHashMap<>();
        n.put("_id", o.number());
        n.put("id", o.number());
        n.put("company", o.text("CPY"));
        n.put("orderType", o.text("POHTYP"));
        n.put("purchaseSite", site(o.text("POHFCY")));
        n.put("receiptSite", site(o.text("RCPFCY")));
        n.put("orderFromSupplier", party(o.text("BPSNUM"), o.text("BPRNAM")));
        n.put("shipFromSupplierAddress", address(o.text("BPOADD"), o.get("BPONAM"), o.get("BPOADDLIG"),
                o.text("BPOPOSCOD"), o.text("BPOCTY"), o.text("BPOSAT"), o.text("BPOCRY"), o.text("BPOCRYNAM"),
                o.text("YBPOTEL"), o.text("YBPOWEB")));
        n.put("receiptAddress", address(o.text("BPAADD"), o.get("BPANAM"), o.get("BPAADDLIG"), o.text("POSCOD"),
                o.text("CTY"), o.text("SAT"), o.text("CRY"), o.text("CRYNAM"), o.text("YRCPTEL"), o.text("YRCPWEB")));
        n.put("orderDate", text(o.get("ORDDAT")));
        n.put("expectedReceiptDate", text(o.get("EXTRCPDAT")));
        n.put("orderReference", o.text("ORDREF"));
        n.put("deliveryMode", code(o.text("MDL"), master.deliveryMode(o.text("MDL")).map(m -> m.description()).orElse("")));
        n.put("carrier", code(o.text("BPTNUM"), master.carrier(o.text("BPTNUM")).map(c -> c.name()).orElse("")));
        n.put("isClosed", Integer.valueOf(2).equals(o.get("CLEFLG")) ? "yes" : "no");
        n.put("receiptStatus", menu(o.get("RCPFLG"), "notReceived", "partlyReceived", "received"));
        n.put("totalWeight", o.get("TOTLINWEI"));
        n.put("weightUnit", code(o.text("DSPWEU"), ""));
        n.put("_createStamp", text(o.get("CREDATTIM")));
        n.put("_updateStamp", text(o.get("UPDDATTIM")));
        List<Map<String, Object>> lines = new ArrayList<>();
        for (OrderLine l : o.lines()) {
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("lineNumber", l.get("POPLIN"));
            line.put("lineStatus", menu(l.get("LINSTA"), "pending", "late", "closed"));
            line.put("isClosed", Integer.valueOf(2).equals(l.get("LINCLEFLG")) ? "yes" : "no");
            line.put("product", product(l));
            line.put("productDescription", l.get("ITMDES1"));
            line.put("quantityInOrderUnitOrdered", l.get("QTYPUU"));
            line.put("orderUnit", code((String) l.get("PUU"), ""));
            line.put("quantityInStockUnitOrdered", l.get("QTYSTU"));
            line.put("stockUnit", code((String) l.get("STU"), ""));
            line.put("lineWeight", l.get("QTYWEU"));
            line.put("lineWeightUnit", code((String) l.get("DSPWEU"), ""));
            line.put("expectedReceiptDate", text(l.get("EXTRCPDAT")));
            line.put("netPrice", l.get("NETPRI"));
            lines.add(line);
        }
        n.put("purchaseOrderLines", lines);
        return n;
    }

    private static void putTracking(Map<String, Object> n, Optional<TrackingRecord> tracking) {
        Map<String, Object> t = tracking.map(TrackingRecord::values).orElse(Map.of());
        List<String> numbers = new ArrayList<>();
        if (t.get("YTRKNUM") instanceof List<?> list) {
            for (Object x : list) {
                if (x != null && !x.toString().isEmpty()) {
                    numbers.add(x.toString());
                }
            }
        }
        n.put("yTrackingNumbers", numbers);
        n.put("yCarrier", t.getOrDefault("YCARRIER", ""));
        n.put("yCarrierStatusCode", t.getOrDefault("YSTACOD", ""));
        n.put("yCarrierStatusDescription", t.getOrDefault("YSTADES", ""));
        n.put("yScheduledDeliveryDate", text(t.get("YSCHDLVDAT")));
        n.put("yDeliveredAt", text(t.get("YDLVDATTIM")));
        n.put("yExceptionFlag", Integer.valueOf(2).equals(t.get("YEXCFLG")));
        n.put("yExceptionCode", t.getOrDefault("YEXCCOD", ""));
        n.put("yExceptionReason", t.getOrDefault("YEXCRSN", ""));
        n.put("yLastEventAt", text(t.get("YEVTDATTIM")));
    }

    private Map<String, Object> product(OrderLine l) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("code", l.get("ITMREF"));
        p.put("description", l.get("ITMDES1"));
        p.put("weight", l.get("ITMWEI"));
        p.put("weightUnit", l.get("WEU"));
        p.put("yLength", l.get("ZLEN"));
        p.put("yWidth", l.get("ZWID"));
        p.put("yHeight", l.get("ZHEI"));
        p.put("yDimensionUnit", l.get("ZDIMUOM"));
        Optional<Item> item = master.item((String) l.get("ITMREF"));
        p.put("customsReference", item.map(Item::commodityCode).orElse(""));
        p.put("yOriginCountry", item.map(Item::originCountry).orElse(""));
        p.put("productCategory", code(item.map(Item::family).orElse(""), ""));
        return p;
    }

    private Map<String, Object> site(String code) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("code", code);
        m.put("name", master.site(code).map(s -> s.name()).orElse(""));
        return m;
    }

    private static Map<String, Object> party(String code, String name) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("code", code);
        m.put("name", name);
        return m;
    }

    private static Map<String, Object> code(String code, String description) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("code", code == null ? "" : code);
        m.put("description", description);
        return m;
    }

    private static Map<String, Object> address(String code, Object names, Object lines, String zip, String city,
                                               String state, String country, String countryName, String phone,
                                               String email) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("code", code);
        m.put("companyNames", names);
        m.put("addressLines", lines);
        m.put("zipCode", zip);
        m.put("city", city);
        m.put("state", state);
        m.put("country", code(country, countryName));
        m.put("countryName", countryName);
        m.put("telephone", phone);
        m.put("email", email);
        return m;
    }

    private static String menu(Object value, String... names) {
        int i = value instanceof Integer n ? n : 1;
        return i >= 1 && i <= names.length ? names[i - 1] : String.valueOf(i);
    }

    private static String text(Object v) {
        return v == null ? null : v instanceof BigDecimal d ? d.toPlainString() : v.toString();
    }
}
