package dev.x3ups.x3.simulator.api1;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.IntPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses the SData where-clause subset X3's evalueSData understands: literals ('x', "x", numbers,
 * {@code @date@}, {@code @datetime@}), {@code eq ne lt le gt ge}, {@code between}, {@code in}, {@code like},
 * {@code not}, {@code and} (binds tighter than) {@code or}, parentheses and the functions
 * {@code left right upper lower}. Property names are checked against the query facet.
 */
public final class WhereParser {

    private static final Pattern INDEXED = Pattern.compile("(.+)_(\\d+)");

    private final Set<String> properties;
    private final Map<String, Integer> dimensioned;
    private List<String> tokens;
    private int pos;

    public WhereParser(Set<String> properties) {
        this(properties, Map.of());
    }

    /**
     * @param dimensioned dimensioned fields and their size: {@code BPDADDLIG} means its first element,
     *                    {@code BPDADDLIG_2} the second (1-based)
     */
    public WhereParser(Set<String> properties, Map<String, Integer> dimensioned) {
        this.properties = properties;
        this.dimensioned = dimensioned;
    }

    public RowPredicate parse(String where) {
        if (where == null || where.isBlank()) {
            return RowPredicate.ALL;
        }
        tokens = tokenize(where);
        pos = 0;
        RowPredicate p = or();
        if (pos < tokens.size()) {
            throw new WhereSyntaxException("Invalid query syntax near '" + tokens.get(pos) + "'");
        }
        return p;
    }

    private RowPredicate or() {
        RowPredicate left = and();
        while (acceptKeyword("or")) {
            RowPredicate l = left;
            RowPredicate r = and();
            left = row -> l.test(row) || r.test(row);
        }
        return left;
    }

    private RowPredicate and() {
        RowPredicate left = not();
        while (acceptKeyword("and")) {
            RowPredicate l = left;
            RowPredicate r = not();
            left = row -> l.test(row) && r.test(row);
        }
        return left;
    }

    private RowPredicate not() {
        if (acceptKeyword("not")) {
            RowPredicate inner = not();
            return row -> !inner.test(row);
        }
        return predicate();
    }

    private RowPredicate predicate() {
        if (accept("(")) {
            // "(" starts a nested condition; operands never start with "(".
            RowPredicate inner = or();
            expect(")");
            return inner;
        }
        Function<Map<String, Object>, Object> left = operand();
        boolean negated = acceptKeyword("not");
        String op = next().toLowerCase(Locale.ROOT);
        RowPredicate p = switch (op) {
            case "eq", "=" -> compare(left, operand(), c -> c == 0);
            case "ne", "<>", "!=" -> compare(left, operand(), c -> c != 0);
            case "lt", "<" -> compare(left, operand(), c -> c < 0);
            case "le", "<=" -> compare(left, operand(), c -> c <= 0);
            case "gt", ">" -> compare(left, operand(), c -> c > 0);
            case "ge", ">=" -> compare(left, operand(), c -> c >= 0);
            case "between" -> {
                Function<Map<String, Object>, Object> low = operand();
                if (!acceptKeyword("and")) {
                    throw new WhereSyntaxException("Invalid query syntax: 'between' needs 'and'");
                }
                Function<Map<String, Object>, Object> high = operand();
                yield row -> {
                    Object v = left.apply(row);
                    return Values.compare(v, low.apply(row)) >= 0 && Values.compare(v, high.apply(row)) <= 0;
                };
            }
            case "in" -> {
                expect("(");
                List<Function<Map<String, Object>, Object>> values = new ArrayList<>();
                values.add(operand());
                while (accept(",")) {
                    values.add(operand());
                }
                expect(")");
                yield row -> {
                    Object v = left.apply(row);
                    return values.stream().anyMatch(x -> Values.compare(v, x.apply(row)) == 0);
                };
            }
            case "like" -> {
                Function<Map<String, Object>, Object> pattern = operand();
                yield row -> {
                    Object v = left.apply(row);
                    Object pat = pattern.apply(row);
                    return v != null && pat != null && likeRegex(pat.toString()).matcher(v.toString()).matches();
                };
            }
            default -> throw new WhereSyntaxException("Invalid query syntax: unknown operator '" + op + "'");
        };
        if (negated) {
            RowPredicate inner = p;
            return row -> !inner.test(row);
        }
        return p;
    }

    private static RowPredicate compare(Function<Map<String, Object>, Object> l, Function<Map<String, Object>, Object> r,
                                        IntPredicate test) {
        return row -> test.test(Values.compare(l.apply(row), r.apply(row)));
    }

    private static Pattern likeRegex(String pattern) {
        StringBuilder re = new StringBuilder();
        for (char c : pattern.toCharArray()) {
            if (c == '%') {
                re.append(".*");
            } else if (c == '_') {
                re.append('.');
            } else {
                re.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return Pattern.compile(re.toString(), Pattern.DOTALL);
    }

    private Function<Map<String, Object>, Object> operand() {
        String t = next();
        char c = t.charAt(0);
        if (c == '\'' || c == '"') {
            String s = t.substring(1, t.length() - 1).replace(String.valueOf(c) + c, String.valueOf(c));
            return row -> s;
        }
        if (c == '@') {
            Object v = dateLiteral(t.substring(1, t.length() - 1));
            return row -> v;
        }
        if (Character.isDigit(c) || c == '-' || c == '.') {
            try {
                BigDecimal n = new BigDecimal(t);
                return row -> n;
            } catch (NumberFormatException e) {
                throw new WhereSyntaxException("Invalid query syntax: bad number '" + t + "'");
            }
        }
        if (Character.isLetter(c) || c == '_' || c == '$') {
            if (accept("(")) {
                return function(t.toLowerCase(Locale.ROOT));
            }
            return property(t);
        }
        throw new WhereSyntaxException("Invalid query syntax near '" + t + "'");
    }

    private Function<Map<String, Object>, Object> property(String name) {
        if (properties.contains(name)) {
            return row -> row.get(name);
        }
        if (dimensioned.containsKey(name)) {
            return row -> element(row.get(name), 0);
        }
        Matcher m = INDEXED.matcher(name);
        if (m.matches() && dimensioned.containsKey(m.group(1))) {
            int index = Integer.parseInt(m.group(2));
            if (index >= 1 && index <= dimensioned.get(m.group(1))) {
                String field = m.group(1);
                return row -> element(row.get(field), index - 1);
            }
        }
        throw new UnknownPropertyException(name);
    }

    private static Object element(Object value, int index) {
        return value instanceof List<?> list && index < list.size() ? list.get(index) : null;
    }

    private Function<Map<String, Object>, Object> function(String name) {
        List<Function<Map<String, Object>, Object>> args = new ArrayList<>();
        if (!peek(")")) {
            args.add(operand());
            while (accept(",")) {
                args.add(operand());
            }
        }
        expect(")");
        switch (name) {
            case "left", "right" -> {
                if (args.size() != 2) {
                    throw new WhereSyntaxException("Invalid query syntax: " + name + "(string, length)");
                }
                boolean left = name.equals("left");
                return row -> {
                    Object s = args.get(0).apply(row);
                    Object n = args.get(1).apply(row);
                    if (s == null || n == null) {
                        return null;
                    }
                    String str = s.toString();
                    int len = Math.max(0, Math.min(str.length(), new BigDecimal(n.toString()).intValue()));
                    return left ? str.substring(0, len) : str.substring(str.length() - len);
                };
            }
            case "upper", "lower" -> {
                if (args.size() != 1) {
                    throw new WhereSyntaxException("Invalid query syntax: " + name + "(string)");
                }
                boolean upper = name.equals("upper");
                return row -> {
                    Object s = args.get(0).apply(row);
                    return s == null ? null
                            : upper ? s.toString().toUpperCase(Locale.ROOT) : s.toString().toLowerCase(Locale.ROOT);
                };
            }
            default -> throw new WhereSyntaxException("Invalid query syntax: unknown function " + name);
        }
    }

    private static Object dateLiteral(String text) {
        try {
            return text.contains("T") ? Instant.parse(text) : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new WhereSyntaxException("Invalid query syntax: bad date literal @" + text + "@");
        }
    }

    private boolean peek(String token) {
        return pos < tokens.size() && tokens.get(pos).equals(token);
    }

    private boolean accept(String token) {
        if (peek(token)) {
            pos++;
            return true;
        }
        return false;
    }

    private boolean acceptKeyword(String keyword) {
        if (pos < tokens.size() && tokens.get(pos).equalsIgnoreCase(keyword)) {
            pos++;
            return true;
        }
        return false;
    }

    private void expect(String token) {
        if (!accept(token)) {
            throw new WhereSyntaxException("Invalid query syntax: expected '" + token + "'"
                    + (pos < tokens.size() ? " near '" + tokens.get(pos) + "'" : " at end"));
        }
    }

    private String next() {
        if (pos >= tokens.size()) {
            throw new WhereSyntaxException("Invalid query syntax: unexpected end of where clause");
        }
        return tokens.get(pos++);
    }

    static List<String> tokenize(String s) {
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '\'' || c == '"') {
                int j = i + 1;
                StringBuilder tok = new StringBuilder().append(c);
                while (true) {
                    if (j >= s.length()) {
                        throw new WhereSyntaxException("Invalid query syntax: unterminated string");
                    }
                    char d = s.charAt(j);
                    if (d == c) {
                        if (j + 1 < s.length() && s.charAt(j + 1) == c) {
                            tok.append(c).append(c);
                            j += 2;
                            continue;
                        }
                        break;
                    }
                    tok.append(d);
                    j++;
                }
                out.add(tok.append(c).toString());
                i = j + 1;
            } else if (c == '@') {
                int j = s.indexOf('@', i + 1);
                if (j < 0) {
                    throw new WhereSyntaxException("Invalid query syntax: unterminated date literal");
                }
                out.add(s.substring(i, j + 1));
                i = j + 1;
            } else if (c == '(' || c == ')' || c == ',') {
                out.add(String.valueOf(c));
                i++;
            } else if (c == '<' || c == '>' || c == '=' || c == '!') {
                int j = i + 1;
                if (j < s.length() && (s.charAt(j) == '=' || (c == '<' && s.charAt(j) == '>'))) {
                    j++;
                }
                out.add(s.substring(i, j));
                i = j;
            } else if (Character.isLetterOrDigit(c) || c == '_' || c == '$' || c == '.' || c == '-') {
                int j = i;
                while (j < s.length() && (Character.isLetterOrDigit(s.charAt(j)) || "_$.-".indexOf(s.charAt(j)) >= 0)) {
                    j++;
                }
                out.add(s.substring(i, j));
                i = j;
            } else {
                throw new WhereSyntaxException("Invalid query syntax: unexpected character '" + c + "'");
            }
        }
        return out;
    }
}
