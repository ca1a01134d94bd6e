package dev.x3ups.it.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ExpectedOrderTest {

    @Test
    void theKeyIsTheOneTheSourceWritesAndUpsEchoes() {
        assertThat(new ExpectedOrder("PURCHASE", "PO000042", false).key()).isEqualTo("SEED:PURCHASE:PO000042");
    }
}
