package dev.x3ups.x3.simulator.api1;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** Runs a {@code $query}: where, sort order, key position and page size over the class's records. */
public final class QueryEngine {

    public static final int DEFAULT_COUNT = 20;
    public static final int MAX_COUNT = 1000;

    private QueryEngine() {
    }

    /**
     * @throws UnknownPropertyException for a property not on the query facet
     * @throws WhereSyntaxException     for a where, orderBy or key that does not parse
     */
    public static QueryResult run(List<Api1Resource> records, Representation rep, String where, String orderBy,
                                  String key, int count) {
        RowPredicate predicate = new WhereParser(rep.queryProperties(), rep.dimensionedProperties()).parse(where);
        SortOrder order = SortOrder.parse(orderBy, rep.keyField(), rep.queryProperties());
        KeyCondition condition = KeyCondition.parse(key, order,
                name -> rep.field(name).orElseThrow(() -> new WhereSyntaxException("Unknown key field " + name)));
        List<Api1Resource> matching = new ArrayList<>();
        for (Api1Resource r : records) {
            if (predicate.test(r.values())) {
                matching.add(r);
            }
        }
        Comparator<Map<String, Object>> cmp = order.comparator();
        matching.sort((a, b) -> cmp.compare(a.values(), b.values()));
        int first = 0;
        if (condition != null) {
            while (first < matching.size() && !condition.test(matching.get(first).values(), order)) {
                first++;
            }
        }
        List<Api1Resource> page = new ArrayList<>();
        int i = first;
        while (i < matching.size() && page.size() < count) {
            Api1Resource r = matching.get(i);
            if (condition == null || condition.test(r.values(), order)) {
                page.add(r);
            }
            i++;
        }
        boolean more = false;
        for (int j = i; j < matching.size() && !more; j++) {
            more = condition == null || condition.test(matching.get(j).values(), order);
        }
        String next = more ? KeyCondition.after(page.get(page.size() - 1).values(), order) : null;
        return new QueryResult(page, matching.size(), first + 1, next);
    }
}
