package dev.x3ups.x3.simulator.graphql;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the JSON-ish object strings Xtrem takes as {@code filter} and {@code orderBy}: unquoted or quoted
 * keys, strings in single or double quotes, numbers, true/false/null, arrays and nested objects.
 */
public final class LooseJson {

    private final String s;
    private int i;

    private LooseJson(String s) {
        this.s = s;
    }

    public static Map<String, Object> parseObject(String text) {
        LooseJson p = new LooseJson(text);
        p.skip();
        Object v = p.value();
        p.skip();
        if (p.i != p.s.length()) {
            throw new FilterSyntaxException("unexpected text at position " + p.i + " of " + text);
        }
        if (!(v instanceof Map)) {
            throw new FilterSyntaxException("an object {…} is expected: " + text);
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> map = (Map<String, Object>) v;
        return map;
    }

    private Object value() {
        skip();
        if (i >= s.length()) {
            throw new FilterSyntaxException("unexpected end of " + s);
        }
        char c = s.charAt(i);
        if (c == '{') {
            return object();
        }
        if (c == '[') {
            return array();
        }
        if (c == '\'' || c == '"') {
            return string();
        }
        String word = word();
        switch (word) {
            case "true":
                return Boolean.TRUE;
            case "false":
                return Boolean.FALSE;
            case "null":
                return null;
            default:
                try {
                    return new BigDecimal(word);
                } catch (NumberFormatException e) {
                    throw new FilterSyntaxException("unexpected '" + word + "' in " + s);
                }
        }
    }

    private Map<String, Object> object() {
        Map<String, Object> out = new LinkedHashMap<>();
        i++;
        skip();
        if (peek('}')) {
            i++;
            return out;
        }
        while (true) {
            skip();
            String key = peek('\'') || peek('"') ? string() : word();
            if (key.isEmpty()) {
                throw new FilterSyntaxException("a property name is expected at position " + i + " of " + s);
            }
            skip();
            expect(':');
            out.put(key, value());
            skip();
            if (peek(',')) {
                i++;
                continue;
            }
            expect('}');
            return out;
        }
    }

    private List<Object> array() {
        List<Object> out = new ArrayList<>();
        i++;
        skip();
        if (peek(']')) {
            i++;
            return out;
        }
        while (true) {
            out.add(value());
            skip();
            if (peek(',')) {
                i++;
                continue;
            }
            expect(']');
            return out;
        }
    }

    private String string() {
        char quote = s.charAt(i++);
        StringBuilder b = new StringBuilder();
        while (i < s.length()) {
            char c = s.charAt(i++);
            if (c == '\\' && i < s.length()) {
                b.append(s.charAt(i++));
            } else if (c == quote) {
                return b.toString();
            } else {
                b.append(c);
            }
        }
        throw new FilterSyntaxException("unterminated string in " + s);
    }

    private String word() {
        int start = i;
        while (i < s.length() && (Character.isLetterOrDigit(s.charAt(i)) || "_$.-+".indexOf(s.charAt(i)) >= 0)) {
            i++;
        }
        return s.substring(start, i);
    }

    private boolean peek(char c) {
        return i < s.length() && s.charAt(i) == c;
    }

    private void expect(char c) {
        if (!peek(c)) {
            throw new FilterSyntaxException("'" + c + "' expected at position " + i + " of " + s);
        }
        i++;
    }

    private void skip() {
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
    }
}
