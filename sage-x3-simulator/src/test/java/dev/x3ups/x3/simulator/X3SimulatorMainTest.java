package dev.x3ups.x3.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class X3SimulatorMainTest {

    @Test
    void flagsConfigureTheSimulator() {
        try (X3Simulator sim = X3SimulatorMain.builderFrom(new String[] {"--port", "0", "--endpoint", "SEED",
                "--endpoint", "PROD", "--sales", "4", "--purchase", "2", "--seed", "9", "--dimensions", "indexed"}).start()) {
            assertThat(sim.endpoints()).containsExactly("SEED", "PROD");
            assertThat(sim.admin("PROD").salesOrders()).hasSize(4);
            assertThat(sim.admin("PROD").purchaseOrders()).hasSize(2);
            assertThat(sim.port()).isPositive();
        }
    }

    @Test
    void badFlagsAreRefused() {
        assertThatThrownBy(() -> X3SimulatorMain.builderFrom(new String[] {"--nope"}))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> X3SimulatorMain.builderFrom(new String[] {"--port"}))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> X3SimulatorMain.builderFrom(new String[] {"--dimensions", "sideways"}))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
