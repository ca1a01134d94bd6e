package dev.x3ups.x3.simulator.data;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Builds a purchase order: ship-from is the supplier's address, ship-to the receiving site. */
public final class PurchaseOrderFactory {

    private static final Set<String> SERVER_FIELDS = Set.of("POHNUM", "CREDATTIM", "UPDDATTIM");

    private final MasterData master;

    public PurchaseOrderFactory(MasterData master) {
        this.master = master;
    }

    public OrderRecord build(String number, PurchaseOrderDraft draft, Instant now) {
        Supplier supplier = master.supplier(draft.supplier)
                .orElseThrow(() -> new IllegalArgumentException("unknown supplier " + draft.supplier));
        Site site = master.site(draft.receivingSite)
                .orElseThrow(() -> new IllegalArgumentException("unknown site " + draft.receivingSite));
        DeliveryMode mode = master.deliveryMode(draft.deliveryMode)
                .orElseThrow(() -> new IllegalArgumentException("unknown delivery mode " + draft.deliveryMode));
        if (draft.lines.isEmpty()) {
            throw new IllegalArgumentException("a purchase order needs at least one line");
        }
        LocalDate orderDate = LocalDate.ofInstant(now, ZoneOffset.UTC);
        List<OrderLine> lines = new ArrayList<>();
        BigDecimal totalWeight = BigDecimal.ZERO;
        BigDecimal amount = BigDecimal.ZERO;
        for (int i = 0; i < draft.lines.size(); i++) {
            DraftLine dl = draft.lines.get(i);
            Item item = master.item(dl.item()).orElseThrow(() -> new IllegalArgumentException("unknown item " + dl.item()));
            Map<String, Object> v = OrderLines.itemValues(item, dl.quantity(), site.weightUnit());
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("POPLIN", (i + 1) * 1000);
            line.put("POQSEQ", 1);
            line.put("ITMREF", item.code());
            line.put("ITMDES1", item.description());
            line.put("QTYPUU", dl.quantity());
            line.put("PUU", item.salesUnit());
            line.put("PUUSTUCOE", item.salesToStock());
            line.put("QTYSTU", v.get("QTYSTU"));
            line.put("STU", item.stockUnit());
            line.put("NETPRI", item.price());
            line.put("EXTRCPDAT", orderDate.plusDays(7));
            line.put("LINSTA", 1);
            line.put("ITMWEI", v.get("ITMWEI"));
            line.put("WEU", v.get("WEU"));
            line.put("QTYWEU", v.get("LINWEI"));
            line.put("DSPWEU", v.get("DSPWEU"));
            line.put("ZLEN", v.get("ZLEN"));
            line.put("ZWID", v.get("ZWID"));
            line.put("ZHEI", v.get("ZHEI"));
            line.put("ZDIMUOM", v.get("ZDIMUOM"));
            lines.add(new OrderLine(UUID.nameUUIDFromBytes((number + "/" + i).getBytes()).toString(), line));
            totalWeight = totalWeight.add((BigDecimal) v.get("LINWEI"));
            amount = amount.add(dl.quantity().multiply(item.price()));
        }
        Address from = supplier.address();
        Address to = site.address();
        Map<String, Object> h = new LinkedHashMap<>();
        h.put("POHNUM", number);
        h.put("POHTYP", "PON");
        h.put("POHFCY", site.code());
        h.put("RCPFCY", site.code());
        h.put("CPY", site.company());
        h.put("BPSNUM", supplier.code());
        h.put("BPRNAM", supplier.name());
        h.put("BPOADD", from.code());
        h.put("BPONAM", supplier.addressNames());
        h.put("BPOADDLIG", from.lines());
        h.put("BPOPOSCOD", from.postalCode());
        h.put("BPOCTY", from.city());
        h.put("BPOSAT", from.state());
        h.put("BPOCRY", from.country());
        h.put("BPOCRYNAM", from.countryName());
        h.put("BPAADD", to.code());
        h.put("BPANAM", List.of(site.name(), ""));
        h.put("BPAADDLIG", to.lines());
        h.put("POSCOD", to.postalCode());
        h.put("CTY", to.city());
        h.put("SAT", to.state());
        h.put("CRY", to.country());
        h.put("CRYNAM", to.countryName());
        h.put("ORDDAT", orderDate);
        h.put("EXTRCPDAT", orderDate.plusDays(7));
        h.put("ORDREF", draft.reference);
        h.put("MDL", mode.code());
        h.put("BPTNUM", mode.carrier());
        h.put("CLEFLG", 1);
        h.put("RCPFLG", 1);
        h.put("TOTLINWEI", totalWeight);
        h.put("DSPWEU", site.weightUnit().name());
        h.put("CUR", supplier.currency());
        h.put("TOTORD", amount.setScale(2, RoundingMode.HALF_UP));
        h.put("CREDATTIM", now);
        h.put("UPDDATTIM", now);
        h.put("YBPOTEL", supplier.phone());
        h.put("YBPOWEB", supplier.email());
        h.put("YRCPTEL", site.phone());
        h.put("YRCPWEB", site.email());
        h.putAll(coerceOverrides(draft.overrides));
        return new OrderRecord(OrderKind.PURCHASE, number, UUID.nameUUIDFromBytes(number.getBytes()).toString(), h, lines);
    }

    /** Validates header changes by the PORDER dictionary; server-maintained fields cannot be set. */
    public static Map<String, Object> coerceOverrides(Map<String, Object> overrides) {
        Map<String, Object> out = new LinkedHashMap<>();
        overrides.forEach((name, raw) -> {
            if (SERVER_FIELDS.contains(name)) {
                throw new InvalidValueException(name, "is maintained by the server");
            }
            Field field = PurchaseOrderFields.headerField(name)
                    .orElseThrow(() -> new InvalidValueException(name, "unknown field"));
            out.put(name, FieldValues.coerce(field, raw));
        });
        return out;
    }
}
