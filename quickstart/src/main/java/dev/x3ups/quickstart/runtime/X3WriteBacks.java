package dev.x3ups.quickstart.runtime;

import dev.x3ups.quickstart.summary.WriteBack;
import dev.x3ups.x3.simulator.admin.X3Admin;
import dev.x3ups.x3.simulator.data.TrackingRecord;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads the X3 simulator's write-back rows ({@code YSHIPTRK}) by order number. */
final class X3WriteBacks {

    private final X3Admin admin;

    X3WriteBacks(X3Admin admin) {
        this.admin = admin;
    }

    Map<String, WriteBack> byOrderNumber() {
        Map<String, WriteBack> out = new HashMap<>();
        for (TrackingRecord r : admin.writeBacks()) {
            out.put(r.orderNumber(), toWriteBack(r.values()));
        }
        return out;
    }

    static WriteBack toWriteBack(Map<String, Object> v) {
        Object flag = v.get("YEXCFLG");
        boolean flagged = flag instanceof Number n ? n.intValue() == 2 : "2".equals(String.valueOf(flag));
        return new WriteBack(text(v.get("YORDNUM")), text(v.get("YSTACOD")), flagged, text(v.get("YEXCRSN")),
                numbers(v.get("YTRKNUM")));
    }

    private static String text(Object o) {
        return o == null ? null : o.toString();
    }

    private static List<String> numbers(Object o) {
        List<String> out = new ArrayList<>();
        if (o instanceof List<?> list) {
            list.stream().map(String::valueOf).filter(s -> !s.isBlank()).forEach(out::add);
        }
        return out;
    }
}
