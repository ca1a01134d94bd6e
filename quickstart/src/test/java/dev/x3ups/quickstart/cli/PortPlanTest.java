package dev.x3ups.quickstart.cli;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PortPlanTest {

    @Test
    void namesEachServiceWithTheFlagThatMovesIt() {
        PortPlan plan = new PortPlan(1, 2, 3, 4, 5);

        assertThat(plan.all()).extracting(PortPlan.NamedPort::port).containsExactly(1, 2, 3, 4, 5);
        assertThat(plan.all()).extracting(PortPlan.NamedPort::flag)
                .containsExactly("--kafka-port", "--connect-port", "--x3-port", "--ups-port", "--webhook-port");
    }

    @Test
    void refusesPortsOutOfRange() {
        assertThatThrownBy(() -> new PortPlan(9092, -1, 8124, 8090, 8088))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("-1");
    }
}
