package dev.x3ups.x3.simulator.graphql;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** An Xtrem {@code orderBy} ({@code {_updateStamp: 1, id: -1}}) with {@code id} appended as final tie-break. */
public final class NodeOrder {

    record Term(List<String> path, boolean descending) {
    }

    private final List<Term> terms;

    private NodeOrder(List<Term> terms) {
        this.terms = terms;
    }

    public static NodeOrder parse(String text, Map<String, Object> sampleNode) {
        List<Term> terms = new ArrayList<>();
        if (text != null && !text.isBlank()) {
            collect(LooseJson.parseObject(text), new ArrayList<>(), terms, sampleNode);
        }
        if (terms.stream().noneMatch(t -> t.path().equals(List.of("id")))) {
            terms.add(new Term(List.of("id"), false));
        }
        return new NodeOrder(terms);
    }

    @SuppressWarnings("unchecked")
    private static void collect(Map<String, Object> spec, List<String> prefix, List<Term> out, Map<String, Object> sample) {
        for (Map.Entry<String, Object> e : spec.entrySet()) {
            List<String> path = new ArrayList<>(prefix);
            path.add(e.getKey());
            if (sample != null && !sample.containsKey(e.getKey())) {
                throw new FilterSyntaxException("unknown property " + String.join(".", path) + " in orderBy");
            }
            Object v = e.getValue();
            if (v instanceof Map) {
                Object nested = sample == null ? null : sample.get(e.getKey());
                collect((Map<String, Object>) v, path, out, nested instanceof Map ? (Map<String, Object>) nested : null);
            } else if (v instanceof BigDecimal d && (d.intValue() == 1 || d.intValue() == -1)) {
                out.add(new Term(path, d.intValue() == -1));
            } else {
                throw new FilterSyntaxException("orderBy values are 1 or -1: " + String.join(".", path));
            }
        }
    }

    public List<Object> values(Map<String, Object> node) {
        List<Object> out = new ArrayList<>();
        for (Term t : terms) {
            Object v = node;
            for (String p : t.path()) {
                v = v instanceof Map<?, ?> m ? m.get(p) : null;
            }
            out.add(v instanceof Number n ? new BigDecimal(n.toString()) : v);
        }
        return out;
    }

    public int compare(List<Object> a, List<Object> b) {
        for (int i = 0; i < terms.size(); i++) {
            int c = NodeValues.compare(a.get(i), b.get(i));
            if (c != 0) {
                return terms.get(i).descending() ? -c : c;
            }
        }
        return 0;
    }

    public int size() {
        return terms.size();
    }
}
