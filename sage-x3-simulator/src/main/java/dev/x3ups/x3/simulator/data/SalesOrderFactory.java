package dev.x3ups.x3.simulator.data;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Builds a sales order the way X3 fills one in from the customer, ship-to address, site and item master. */
public final class SalesOrderFactory {

    private static final Set<String> WESTERN_STATES = Set.of("NV", "CA", "WA", "OR", "AZ", "UT", "ID");
    private static final HeaderOverrides OVERRIDES = new HeaderOverrides(
            Set.of("SOHNUM", "CREDATTIM", "UPDDATTIM"), SalesOrderFields.HEADERS::field);
    private static final LineFields LINES = new LineFields("SOPLIN", "SOQSEQ", "QTY", "SAU", "SAUSTUCOE", "DSPLINWEI");
    private static final BigDecimal TAX = new BigDecimal("1.07");

    private final MasterData master;
    private final OrderLineFactory lineFactory;

    public SalesOrderFactory(MasterData master) {
        this.master = master;
        this.lineFactory = new OrderLineFactory(master, LINES);
    }

    public OrderRecord build(String number, SalesOrderDraft draft, Instant now) {
        Customer customer = master.customer(draft.customer)
                .orElseThrow(() -> new IllegalArgumentException("unknown customer " + draft.customer));
        DeliveryAddress ship = draft.addressCode == null ? customer.deliveryAddresses().get(0)
                : customer.deliveryAddress(draft.addressCode).orElseThrow(() -> new IllegalArgumentException(
                        "customer " + customer.code() + " has no address " + draft.addressCode));
        Site site = master.site(draft.site == null ? defaultSite(ship.address()) : draft.site)
                .orElseThrow(() -> new IllegalArgumentException("unknown site " + draft.site));
        String modeCode = draft.deliveryMode == null ? ship.deliveryMode() : draft.deliveryMode;
        DeliveryMode mode = master.deliveryMode(modeCode)
                .orElseThrow(() -> new IllegalArgumentException("unknown delivery mode " + modeCode));
        if (draft.lines.isEmpty()) {
            throw new IllegalArgumentException("a sales order needs at least one line");
        }
        OrderLineFactory.Built lines = lineFactory.build(number, draft.lines, site.weightUnit(), Map.of("SOQSTA", 1));
        LocalDate orderDate = LocalDate.ofInstant(now, ZoneOffset.UTC);
        Address a = ship.address();
        Map<String, Object> h = new LinkedHashMap<>();
        h.put("SOHNUM", number);
        h.put("SOHTYP", "SON");
        h.put("SOHCAT", 1);
        h.put("SALFCY", site.code());
        h.put("STOFCY", site.code());
        h.put("CPY", site.company());
        h.put("BPCORD", customer.code());
        h.put("BPCNAM", customer.names());
        h.put("BPAADD", a.code());
        h.put("BPDNAM", ship.names());
        HeaderAddress.put(h, "BPDADDLIG", "BPD", a);
        h.put("BPDCRYNAM", a.countryName());
        h.put("CNDNAM", ship.contact());
        h.put("CUSORDREF", draft.customerReference);
        h.put("ORDDAT", orderDate);
        h.put("SHIDAT", orderDate.plusDays(1));
        h.put("DEMDLVDAT", orderDate.plusDays(5));
        h.put("MDL", mode.code());
        h.put("BPTNUM", mode.carrier());
        h.put("ORDSTA", 1);
        h.put("DLVSTA", 1);
        h.put("INVSTA", 1);
        h.put("CDTSTA", 1);
        h.put("HLDSTA", 1);
        h.put("DSPTOTWEI", lines.totalWeight());
        h.put("DSPWEU", site.weightUnit().name());
        h.put("CUR", site.currency());
        h.put("ORDINVATI", lines.amount().multiply(TAX).setScale(2, RoundingMode.HALF_UP));
        h.put("CREDATTIM", now);
        h.put("UPDDATTIM", now);
        h.put("TEL", ship.phone());
        h.put("WEB", ship.email());
        Address sa = site.address();
        h.put("YSFNAM", site.name());
        HeaderAddress.put(h, "YSFADDLIG", "YSF", sa);
        h.put("YSFTEL", site.phone());
        h.putAll(coerceOverrides(draft.overrides));
        return new OrderRecord(OrderKind.SALES, number, UUID.nameUUIDFromBytes(number.getBytes()).toString(), h, lines.lines());
    }

    /** Validates header changes by the SORDER dictionary; server-maintained fields cannot be set. */
    public static Map<String, Object> coerceOverrides(Map<String, Object> overrides) {
        return OVERRIDES.coerce(overrides);
    }

    /** The warehouse X3 ships an address from when the order names none: the nearest of the three. */
    static String defaultSite(Address address) {
        if ("CA".equals(address.country())) {
            return "MIS";
        }
        return WESTERN_STATES.contains(address.state()) ? "RNO" : "ATL";
    }
}
