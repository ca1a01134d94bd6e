package dev.x3ups.x3.simulator.api1;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * An {@code orderBy} list ("UPDDATTIM asc,SOHNUM desc", also ";"-separated) with the primary key
 * appended as final tie-break, so every position in the order is unique.
 */
public final class SortOrder {

    /** One sort field and its direction. */
    public record Term(String field, boolean descending) {
    }

    private final List<Term> terms;
    private final boolean explicit;

    private SortOrder(List<Term> terms, boolean explicit) {
        this.terms = List.copyOf(terms);
        this.explicit = explicit;
    }

    public static SortOrder parse(String orderBy, String keyField, Set<String> sortable) {
        List<Term> terms = new ArrayList<>();
        boolean explicit = orderBy != null && !orderBy.isBlank();
        if (explicit) {
            for (String part : orderBy.split("[,;]")) {
                String[] words = part.trim().split("\\s+");
                if (words.length == 0 || words[0].isEmpty() || words.length > 2) {
                    throw new WhereSyntaxException("Invalid orderBy '" + orderBy + "'");
                }
                if (!sortable.contains(words[0])) {
                    throw new WhereSyntaxException("Property " + words[0] + " cannot be sorted on");
                }
                boolean desc = false;
                if (words.length == 2) {
                    String dir = words[1].toLowerCase(Locale.ROOT);
                    if (!dir.equals("asc") && !dir.equals("desc")) {
                        throw new WhereSyntaxException("Invalid sort direction '" + words[1] + "'");
                    }
                    desc = dir.equals("desc");
                }
                terms.add(new Term(words[0], desc));
            }
        }
        if (terms.stream().noneMatch(t -> t.field().equals(keyField))) {
            terms.add(new Term(keyField, false));
        }
        return new SortOrder(terms, explicit);
    }

    public List<Term> terms() {
        return terms;
    }

    /** Whether the caller gave an orderBy (else the order is by primary key). */
    public boolean explicit() {
        return explicit;
    }

    public Comparator<Map<String, Object>> comparator() {
        return (a, b) -> compareValues(values(a), values(b));
    }

    /** The row's position: its values of the sort fields, in order. */
    public List<Object> values(Map<String, Object> row) {
        List<Object> out = new ArrayList<>();
        for (Term t : terms) {
            out.add(row.get(t.field()));
        }
        return out;
    }

    /** Compares two positions, honouring each term's direction. */
    public int compareValues(List<Object> a, List<Object> b) {
        for (int i = 0; i < terms.size(); i++) {
            int c = Values.compare(a.get(i), b.get(i));
            if (c != 0) {
                return terms.get(i).descending() ? -c : c;
            }
        }
        return 0;
    }
}
