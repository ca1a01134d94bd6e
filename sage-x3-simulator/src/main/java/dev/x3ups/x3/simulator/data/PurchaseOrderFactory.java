package dev.x3ups.x3.simulator.data;

import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Builds a purchase order: ship-from is the supplier's address, ship-to the receiving site. */
public final class PurchaseOrderFactory {

    private static final HeaderOverrides OVERRIDES = new HeaderOverrides(
            Set.of("POHNUM", "CREDATTIM", "UPDDATTIM"), PurchaseOrderFields.HEADERS::field);
    private static final LineFields LINES = new LineFields("POPLIN", "POQSEQ", "QTYPUU", "PUU", "PUUSTUCOE", "QTYWEU");

    private final MasterData master;
    private final OrderLineFactory lineFactory;

    public PurchaseOrderFactory(MasterData master) {
        this.master = master;
        this.lineFactory = new OrderLineFactory(master, LINES);
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
        OrderLineFactory.Built lines = lineFactory.build(number, draft.lines, site.weightUnit(),
                Map.of("EXTRCPDAT", orderDate.plusDays(7), "LINSTA", 1, "LINCLEFLG", 1));
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
        HeaderAddress.put(h, "BPOADDLIG", "BPO", from);
        h.put("BPOCRYNAM", from.countryName());
        h.put("BPAADD", to.code());
        h.put("BPANAM", List.of(site.name(), ""));
        HeaderAddress.put(h, "BPAADDLIG", "", to);
        h.put("CRYNAM", to.countryName());
        h.put("ORDDAT", orderDate);
        h.put("EXTRCPDAT", orderDate.plusDays(7));
        h.put("ORDREF", draft.reference);
        h.put("MDL", mode.code());
        h.put("BPTNUM", mode.carrier());
        h.put("CLEFLG", 1);
        h.put("RCPFLG", 1);
        h.put("TOTLINWEI", lines.totalWeight());
        h.put("DSPWEU", site.weightUnit().name());
        h.put("CUR", supplier.currency());
        h.put("TOTORD", lines.amount().setScale(2, RoundingMode.HALF_UP));
        h.put("CREDATTIM", now);
        h.put("UPDDATTIM", now);
        h.put("YBPOTEL", supplier.phone());
        h.put("YBPOWEB", supplier.email());
        h.put("YRCPTEL", site.phone());
        h.put("YRCPWEB", site.email());
        h.putAll(coerceOverrides(draft.overrides));
        return new OrderRecord(OrderKind.PURCHASE, number, UUID.nameUUIDFromBytes(number.getBytes()).toString(), h, lines.lines());
    }

    /** Validates header changes by the PORDER dictionary; server-maintained fields cannot be set. */
    public static Map<String, Object> coerceOverrides(Map<String, Object> overrides) {
        return OVERRIDES.coerce(overrides);
    }
}
