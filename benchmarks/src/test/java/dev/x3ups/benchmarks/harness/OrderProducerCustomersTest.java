package dev.x3ups.benchmarks.harness;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OrderProducerCustomersTest {

    @Test
    void customerZeroKeepsTheScenarioOneAddressAndEachCustomerHasItsOwn() {
        assertThat(OrderProducer.order("X1").shipTo().lines()).containsExactly("191 Peachtree St NE", "Suite 3300");
        assertThat(OrderProducer.order("X2", 0).shipTo()).isEqualTo(OrderProducer.order("X1").shipTo());
        assertThat(OrderProducer.order("X3", 1).shipTo().lines().get(0)).isEqualTo("193 Peachtree St NE");
        assertThat(OrderProducer.order("X4", 49).shipTo()).isNotEqualTo(OrderProducer.order("X5", 48).shipTo());
    }
}
