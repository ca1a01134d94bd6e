package dev.x3ups.x3.sink.write;

import static org.assertj.core.api.Assertions.assertThat;

import dev.x3ups.records.OrderKey;
import dev.x3ups.x3.sink.status.OrderState;
import org.junit.jupiter.api.Test;

class KnownStatesTest {

    @Test
    void forgetsTheLeastRecentlyUsedOrderBeyondTheLimit() {
        KnownStates states = new KnownStates(2);
        OrderKey a = OrderKey.parse("SEED:SALES:A");
        OrderKey b = OrderKey.parse("SEED:SALES:B");
        OrderKey c = OrderKey.parse("SEED:SALES:C");
        states.put(a, new KnownStates.Known(true, OrderState.EMPTY));
        states.put(b, new KnownStates.Known(false, OrderState.EMPTY));
        assertThat(states.get(a)).isNotNull();
        states.put(c, new KnownStates.Known(true, OrderState.EMPTY));
        assertThat(states.get(b)).isNull();
        assertThat(states.get(a).exists()).isTrue();
        assertThat(states.size()).isEqualTo(2);
        states.clear();
        assertThat(states.get(c)).isNull();
    }
}
