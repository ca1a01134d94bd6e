package dev.x3ups.x3.sink.write;

import static org.assertj.core.api.Assertions.assertThat;

import dev.x3ups.x3.sink.status.OrderRef;
import dev.x3ups.x3.sink.status.OrderState;
import org.junit.jupiter.api.Test;

class KnownStatesTest {

    @Test
    void forgetsTheLeastRecentlyUsedOrderBeyondTheLimit() {
        KnownStates states = new KnownStates(2);
        OrderRef a = OrderRef.parse("SEED:SALES:A");
        OrderRef b = OrderRef.parse("SEED:SALES:B");
        OrderRef c = OrderRef.parse("SEED:SALES:C");
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
