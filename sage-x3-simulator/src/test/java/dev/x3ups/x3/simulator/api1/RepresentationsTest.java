package dev.x3ups.x3.simulator.api1;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RepresentationsTest {

    private final Representations reps = new Representations();

    @Test
    void representationsBelongToTheirClass() {
        assertThat(reps.find("SORDER", "YSOSHIP")).hasValueSatisfying(r -> {
            assertThat(r.linesInQuery()).isTrue();
            assertThat(r.linesName()).isEqualTo("SOHSOP");
            assertThat(r.writable()).isFalse();
            assertThat(r.queryProperties()).contains("TEL", "UPDDATTIM");
        });
        assertThat(reps.find("SORDER", "SORDER")).hasValueSatisfying(r -> assertThat(r.linesInQuery()).isFalse());
        assertThat(reps.find("SORDER", "PORDER")).isEmpty();
        assertThat(reps.find("YSHIPTRK", "YSHIPTRK")).hasValueSatisfying(r -> assertThat(r.writable()).isTrue());
        assertThat(reps.knowsClass("SDELIVERY")).isFalse();
    }
}
