package dev.x3ups.x3.simulator.graphql;

import java.util.List;
import java.util.Map;

/**
 * Evaluates an Xtrem filter object against a node map: {@code {field: v}} (equality),
 * {@code {field: {_eq|_ne|_gt|_gte|_lt|_lte: v, _in|_nin: [..]}}}, {@code _and}/{@code _or} arrays and nested
 * references ({@code {carrier: {code: {_eq: 'UPS'}}}}). Unknown properties are refused.
 */
public final class NodeFilter {

    private final Map<String, Object> filter;

    public NodeFilter(Map<String, Object> filter) {
        this.filter = filter;
    }

    public static NodeFilter parse(String text) {
        return new NodeFilter(text == null || text.isBlank() ? Map.of() : LooseJson.parseObject(text));
    }

    public boolean matches(Map<String, Object> node) {
        return object(node, filter);
    }

    @SuppressWarnings("unchecked")
    private static boolean object(Map<String, Object> node, Map<String, Object> f) {
        for (Map.Entry<String, Object> e : f.entrySet()) {
            String key = e.getKey();
            Object cond = e.getValue();
            boolean ok;
            if (key.equals("_and") || key.equals("_or")) {
                if (!(cond instanceof List<?> list)) {
                    throw new FilterSyntaxException(key + " takes an array of filters");
                }
                boolean and = key.equals("_and");
                ok = and;
                for (Object sub : list) {
                    if (!(sub instanceof Map)) {
                        throw new FilterSyntaxException(key + " takes an array of filters");
                    }
                    boolean m = object(node, (Map<String, Object>) sub);
                    if (and && !m) {
                        ok = false;
                        break;
                    }
                    if (!and && m) {
                        ok = true;
                        break;
                    }
                }
            } else {
                if (!node.containsKey(key)) {
                    throw new FilterSyntaxException("unknown property " + key + " in filter");
                }
                ok = field(key, node.get(key), cond);
            }
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    @SuppressWarnings("unchecked")
    private static boolean field(String name, Object value, Object cond) {
        if (value instanceof List) {
            throw new FilterSyntaxException("cannot filter on collection " + name);
        }
        if (!(cond instanceof Map<?, ?> map)) {
            return eq(value, cond);
        }
        Map<String, Object> ops = (Map<String, Object>) map;
        if (value instanceof Map && ops.keySet().stream().noneMatch(k -> k.startsWith("_"))) {
            return object((Map<String, Object>) value, ops);
        }
        for (Map.Entry<String, Object> op : ops.entrySet()) {
            Object v = op.getValue();
            boolean ok = switch (op.getKey()) {
                case "_eq" -> eq(value, v);
                case "_ne" -> !eq(value, v);
                case "_gt" -> v != null && NodeValues.compare(value, v) > 0;
                case "_gte" -> v != null && NodeValues.compare(value, v) >= 0;
                case "_lt" -> v != null && NodeValues.compare(value, v) < 0;
                case "_lte" -> v != null && NodeValues.compare(value, v) <= 0;
                case "_in" -> list(op.getKey(), v).stream().anyMatch(x -> eq(value, x));
                case "_nin" -> list(op.getKey(), v).stream().noneMatch(x -> eq(value, x));
                default -> throw new FilterSyntaxException("unknown filter operator " + op.getKey() + " on " + name);
            };
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    private static List<?> list(String op, Object v) {
        if (!(v instanceof List<?> l)) {
            throw new FilterSyntaxException(op + " takes an array");
        }
        return l;
    }

    private static boolean eq(Object a, Object b) {
        if (a == null || b == null) {
            return a == null && b == null;
        }
        if (a instanceof Boolean || b instanceof Boolean) {
            return a.toString().equals(b.toString());
        }
        return NodeValues.compare(a, b) == 0;
    }
}
