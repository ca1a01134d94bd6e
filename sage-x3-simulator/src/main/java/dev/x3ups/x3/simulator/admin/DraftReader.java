package dev.x3ups.x3.simulator.admin;

import dev.x3ups.x3.simulator.data.PurchaseOrderDraft;
import dev.x3ups.x3.simulator.data.SalesOrderDraft;
import dev.x3ups.x3.simulator.http.BadRequestException;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/** Reads order drafts from admin JSON bodies (X3 field names, plus a {@code lines} array). */
final class DraftReader {

    private DraftReader() {
    }

    static SalesOrderDraft sales(Map<String, Object> body) {
        Object customer = body.get("BPCORD");
        if (!(customer instanceof String c) || c.isEmpty()) {
            throw new BadRequestException("BPCORD (customer) is required");
        }
        SalesOrderDraft d = SalesOrderDraft.forCustomer(c);
        body.forEach((k, v) -> {
            switch (k) {
                case "BPCORD" -> { }
                case "BPAADD" -> d.address(text(k, v));
                case "STOFCY" -> d.site(text(k, v));
                case "MDL" -> d.deliveryMode(text(k, v));
                case "CUSORDREF" -> d.customerReference(text(k, v));
                case "lines" -> lines(v, "QTY", d::line);
                default -> d.set(k, v);
            }
        });
        return d;
    }

    static PurchaseOrderDraft purchase(Map<String, Object> body) {
        Object supplier = body.get("BPSNUM");
        if (!(supplier instanceof String s) || s.isEmpty()) {
            throw new BadRequestException("BPSNUM (supplier) is required");
        }
        PurchaseOrderDraft d = PurchaseOrderDraft.forSupplier(s);
        body.forEach((k, v) -> {
            switch (k) {
                case "BPSNUM" -> { }
                case "RCPFCY" -> d.receivingSite(text(k, v));
                case "MDL" -> d.deliveryMode(text(k, v));
                case "ORDREF" -> d.reference(text(k, v));
                case "lines" -> lines(v, "QTYPUU", d::line);
                default -> d.set(k, v);
            }
        });
        return d;
    }

    private static void lines(Object value, String qtyField, BiConsumer<String, Number> add) {
        if (!(value instanceof List<?> list)) {
            throw new BadRequestException("lines must be an array");
        }
        for (Object o : list) {
            if (!(o instanceof Map<?, ?> line) || !(line.get("ITMREF") instanceof String item)) {
                throw new BadRequestException("each line needs ITMREF and QTY");
            }
            Object qty = line.containsKey("QTY") ? line.get("QTY") : line.get(qtyField);
            if (!(qty instanceof Number n) || ((Number) qty).doubleValue() <= 0) {
                throw new BadRequestException("each line needs a positive QTY");
            }
            add.accept(item, n);
        }
    }

    private static String text(String field, Object v) {
        if (!(v instanceof String s)) {
            throw new BadRequestException(field + " must be a string");
        }
        return s;
    }
}
