package dev.x3ups.x3.sink.write;

import static org.assertj.core.api.Assertions.assertThat;

import dev.x3ups.records.OrderKey;
import org.junit.jupiter.api.Test;

class CapacityWarningsTest {

    private final OrderKey first = OrderKey.parse("SEED:SALES:SO000001");
    private final OrderKey second = OrderKey.parse("SEED:SALES:SO000002");

    @Test
    void warnsOncePerOrderAndOnlyBeyondTheCapacity() {
        CapacityWarnings warnings = new CapacityWarnings(10, 100);
        assertThat(warnings.check(first, 10)).isFalse();
        assertThat(warnings.check(first, 12)).isTrue();
        assertThat(warnings.check(first, 13)).isFalse();
        assertThat(warnings.check(second, 11)).isTrue();
    }

    @Test
    void forgetsTheLeastRecentOrdersBeyondTheLimit() {
        CapacityWarnings warnings = new CapacityWarnings(1, 1);
        assertThat(warnings.check(first, 2)).isTrue();
        assertThat(warnings.check(second, 2)).isTrue();
        assertThat(warnings.check(first, 2)).isTrue();
    }
}
