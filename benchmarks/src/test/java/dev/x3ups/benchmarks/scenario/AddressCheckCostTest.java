package dev.x3ups.benchmarks.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AddressCheckCostTest {

    @Test
    void callsPerOrderAreHeldAtOnePointOneAndTheRatioOfTheSameRunAtEightyPercent() {
        assertThat(new AddressCheckCost().targets())
                .anyMatch(t -> t.figureId().equals(AddressCheckCost.callsId()) && t.metBy(1.1) && !t.metBy(1.11))
                .anyMatch(t -> t.figureId().equals(AddressCheckCost.ratioId()) && t.metBy(0.8) && !t.metBy(0.79));
    }
}
