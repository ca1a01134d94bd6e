package dev.x3ups.x3.simulator.graphql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NodeFilterTest {

    private final Map<String, Object> node = Map.of("id", "SO000010", "_updateStamp", "2025-01-15T10:00:05Z",
            "totalWeight", new BigDecimal("12.5"), "carrier", Map.of("code", "UPS", "description", "United Parcel Service"),
            "shipToCustomerAddressLines", List.of("a", "b", ""));

    private boolean matches(String filter) {
        return NodeFilter.parse(filter).matches(node);
    }

    @Test
    void comparisonOperators() {
        assertThat(matches("{id: 'SO000010'}")).isTrue();
        assertThat(matches("{id: {_eq: 'SO000010'}}")).isTrue();
        assertThat(matches("{id: {_ne: 'SO000010'}}")).isFalse();
        assertThat(matches("{id: {_gt: 'SO000009', _lte: 'SO000010'}}")).isTrue();
        assertThat(matches("{totalWeight: {_gte: 12.5}}")).isTrue();
        assertThat(matches("{totalWeight: {_lt: 12}}")).isFalse();
        assertThat(matches("{id: {_in: ['SO000001', 'SO000010']}}")).isTrue();
        assertThat(matches("{id: {_nin: ['SO000010']}}")).isFalse();
    }

    @Test
    void datetimesCompareAsInstants() {
        assertThat(matches("{_updateStamp: {_gte: '2025-01-15T10:00:05.000Z'}}")).isTrue();
        assertThat(matches("{_updateStamp: {_gt: '2025-01-15T10:00:05Z'}}")).isFalse();
    }

    @Test
    void nestedReferencesAndLogicalOperators() {
        assertThat(matches("{carrier: {code: {_eq: 'UPS'}}}")).isTrue();
        assertThat(matches("{carrier: {code: 'FDX'}}")).isFalse();
        assertThat(matches("{_or: [{id: 'X'}, {carrier: {code: 'UPS'}}]}")).isTrue();
        assertThat(matches("{_and: [{id: 'SO000010'}, {carrier: {code: 'FDX'}}]}")).isFalse();
    }

    @Test
    void emptyFilterMatchesAll() {
        assertThat(matches(null)).isTrue();
        assertThat(matches("{}")).isTrue();
    }

    @Test
    void unknownPropertiesOperatorsAndCollectionsAreRefused() {
        assertThatThrownBy(() -> matches("{nope: 1}")).isInstanceOf(FilterSyntaxException.class).hasMessageContaining("nope");
        assertThatThrownBy(() -> matches("{id: {_like: 'x'}}")).isInstanceOf(FilterSyntaxException.class);
        assertThatThrownBy(() -> matches("{shipToCustomerAddressLines: 'a'}")).isInstanceOf(FilterSyntaxException.class);
        assertThatThrownBy(() -> matches("{carrier: {nope: 'x'}}")).isInstanceOf(FilterSyntaxException.class);
    }
}
