package dev.x3ups.ups.sink.shipping;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OrderResultTest {
    @Test
    void onlyFailuresChangesAfterShippingAndFlaggedShipmentsAreReported() {
        for (OrderResult.Kind kind : OrderResult.Kind.values()) {
            boolean expected = kind == OrderResult.Kind.FAILED || kind == OrderResult.Kind.CHANGED_AFTER_SHIPPING
                    || kind == OrderResult.Kind.FLAGGED;
            assertThat(new OrderResult(kind, null, null, null).reportable()).as(kind.name()).isEqualTo(expected);
        }
        assertThat(new OrderProblemException("K", "NO_WEIGHT", "line 1").getMessage())
                .isEqualTo("order K not shipped: NO_WEIGHT line 1");
    }
}
