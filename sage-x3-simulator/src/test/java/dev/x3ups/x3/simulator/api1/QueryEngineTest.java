package dev.x3ups.x3.simulator.api1;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.x3ups.x3.simulator.data.SalesOrderFields;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class QueryEngineTest {

    private final Representation rep = new Representations().find("SORDER", "SORDER").orElseThrow();

    private static Api1Resource order(String number, Instant updated) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("SOHNUM", number);
        v.put("UPDDATTIM", updated);
        v.put("BPDCRY", "US");
        return new Api1Resource("uuid-" + number, number, v, List.of());
    }

    /** 50 orders sharing one UPDDATTIM, 10 later ones, inserted out of key order. */
    private static List<Api1Resource> orders() {
        List<Api1Resource> out = new ArrayList<>();
        Instant t = Instant.parse("2025-01-15T10:00:00Z");
        for (int i = 60; i >= 51; i--) {
            out.add(order(String.format("SO%06d", i), t.plusSeconds(i)));
        }
        for (int i = 50; i >= 1; i--) {
            out.add(order(String.format("SO%06d", i), t));
        }
        return out;
    }

    @Test
    void pagesByKeyWithoutOrderBy() {
        QueryResult first = QueryEngine.run(orders(), rep, null, null, null, 20);
        assertThat(first.rows()).hasSize(20);
        assertThat(first.rows().get(0).key()).isEqualTo("SO000001");
        assertThat(first.nextKey()).isEqualTo("gt.SO000020");
        assertThat(first.totalResults()).isEqualTo(60);
        QueryResult second = QueryEngine.run(orders(), rep, null, null, first.nextKey(), 20);
        assertThat(second.rows().get(0).key()).isEqualTo("SO000021");
        assertThat(second.startIndex()).isEqualTo(21);
    }

    @Test
    void followingNextWithOrderByAcrossEqualTimestampsLosesAndRepeatsNothing() {
        List<String> seen = new ArrayList<>();
        String key = null;
        int pages = 0;
        do {
            QueryResult page = QueryEngine.run(orders(), rep, "UPDDATTIM ge @2025-01-15T10:00:00Z@",
                    "UPDDATTIM asc,SOHNUM asc", key, 7);
            page.rows().forEach(r -> seen.add(r.key()));
            key = page.nextKey();
            pages++;
        } while (key != null);
        assertThat(pages).isEqualTo(9);
        assertThat(seen).hasSize(60);
        assertThat(new HashSet<>(seen)).hasSize(60);
        assertThat(seen.subList(0, 50)).isSorted();
        assertThat(seen.get(50)).isEqualTo("SO000051");
    }

    @Test
    void nextKeyOfOrderByCarriesTheSortValuesOfTheLastRow() {
        QueryResult page = QueryEngine.run(orders(), rep, null, "UPDDATTIM desc", null, 3);
        assertThat(page.rows()).extracting(Api1Resource::key).containsExactly("SO000060", "SO000059", "SO000058");
        assertThat(page.nextKey()).isEqualTo("gt.2025-01-15T10:00:58Z~SO000058");
        QueryResult next = QueryEngine.run(orders(), rep, null, "UPDDATTIM desc", page.nextKey(), 3);
        assertThat(next.rows()).extracting(Api1Resource::key).containsExactly("SO000057", "SO000056", "SO000055");
    }

    @Test
    void lastPageHasNoNextKey() {
        QueryResult page = QueryEngine.run(orders(), rep, "SOHNUM ge 'SO000059'", null, null, 2);
        assertThat(page.rows()).hasSize(2);
        assertThat(page.nextKey()).isNull();
        QueryResult none = QueryEngine.run(orders(), rep, "SOHNUM gt 'SO999999'", null, null, 2);
        assertThat(none.rows()).isEmpty();
        assertThat(none.nextKey()).isNull();
    }

    @Test
    void orderByOnlyOnQueryFacetProperties() {
        assertThatThrownBy(() -> QueryEngine.run(orders(), rep, null, "TEL asc", null, 2))
                .isInstanceOf(WhereSyntaxException.class);
        assertThatThrownBy(() -> QueryEngine.run(orders(), rep, null, "UPDDATTIM sideways", null, 2))
                .isInstanceOf(WhereSyntaxException.class);
        Set<String> props = rep.queryProperties();
        assertThat(props).contains(SalesOrderFields.KEY, "UPDDATTIM").doesNotContain("BPDADDLIG", "TEL");
    }

    @Test
    void keyWithWrongNumberOfValuesIsRefused() {
        assertThatThrownBy(() -> QueryEngine.run(orders(), rep, null, "UPDDATTIM asc", "gt.SO000001", 2))
                .isInstanceOf(WhereSyntaxException.class);
        assertThatThrownBy(() -> QueryEngine.run(orders(), rep, null, null, "xx.SO000001", 2))
                .isInstanceOf(WhereSyntaxException.class);
    }

    @Test
    void ltKeyReadsBackwards() {
        QueryResult page = QueryEngine.run(orders(), rep, null, null, "lt.SO000003", 20);
        assertThat(page.rows()).extracting(Api1Resource::key).containsExactly("SO000001", "SO000002");
    }
}
