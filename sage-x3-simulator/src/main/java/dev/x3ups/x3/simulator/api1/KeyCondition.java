package dev.x3ups.x3.simulator.api1;

import dev.x3ups.x3.simulator.data.Field;
import dev.x3ups.x3.simulator.data.FieldValues;
import dev.x3ups.x3.simulator.data.InvalidValueException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The {@code key=gt.V} paging condition. {@code V} holds the {@code ~}-joined sort values of a position;
 * without orderBy that is just the primary key. Rows are kept when their position compares to V as the
 * operator says, in the sort order.
 */
public final class KeyCondition {

    private final String op;
    private final List<Object> position;

    private KeyCondition(String op, List<Object> position) {
        this.op = op;
        this.position = position;
    }

    /** Null when {@code key} is absent. */
    public static KeyCondition parse(String key, SortOrder order, Function<String, Field> fields) {
        if (key == null || key.isEmpty()) {
            return null;
        }
        int dot = key.indexOf('.');
        String op = dot < 0 ? "" : key.substring(0, dot);
        if (!List.of("gt", "ge", "lt", "le").contains(op)) {
            throw new WhereSyntaxException("Invalid key parameter: expected gt., ge., lt. or le.");
        }
        String[] parts = key.substring(dot + 1).split("~", -1);
        List<SortOrder.Term> terms = order.terms();
        List<Object> position = new ArrayList<>();
        if (parts.length == terms.size()) {
            for (int i = 0; i < parts.length; i++) {
                position.add(typed(fields.apply(terms.get(i).field()), parts[i]));
            }
        } else if (parts.length == 1 && !order.explicit()) {
            position.add(parts[0]);
        } else {
            throw new WhereSyntaxException("Invalid key parameter: " + terms.size() + " values expected");
        }
        return new KeyCondition(op, position);
    }

    private static Object typed(Field field, String text) {
        try {
            return FieldValues.coerceScalar(new Field(field.name(), field.type(), Integer.MAX_VALUE, 1), text);
        } catch (InvalidValueException e) {
            throw new WhereSyntaxException("Invalid key value '" + text + "' for " + field.name());
        }
    }

    public boolean test(Map<String, Object> row, SortOrder order) {
        int c = order.compareValues(order.values(row), position);
        return switch (op) {
            case "gt" -> c > 0;
            case "ge" -> c >= 0;
            case "lt" -> c < 0;
            default -> c <= 0;
        };
    }

    /** The {@code key} parameter value that continues after {@code row}. */
    public static String after(Map<String, Object> row, SortOrder order) {
        List<String> parts = new ArrayList<>();
        for (Object v : order.values(row)) {
            parts.add(Values.text(v));
        }
        return "gt." + String.join("~", parts);
    }
}
