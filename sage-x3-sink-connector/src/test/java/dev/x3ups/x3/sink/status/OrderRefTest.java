package dev.x3ups.x3.sink.status;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.x3ups.records.OrderKind;
import org.junit.jupiter.api.Test;

class OrderRefTest {

    @Test
    void parsesTheBusinessKey() {
        OrderRef ref = OrderRef.parse("SEED:PURCHASE:PO000007");
        assertThat(ref).isEqualTo(new OrderRef("SEED", OrderKind.PURCHASE, "PO000007"));
        assertThat(ref.key()).isEqualTo("SEED:PURCHASE:PO000007");
    }

    @Test
    void kindIsCaseInsensitive() {
        assertThat(OrderRef.parse("SEED:sales:SO1").kind()).isEqualTo(OrderKind.SALES);
    }

    @Test
    void rejectsMalformedKeysWithTheReason() {
        assertThatThrownBy(() -> OrderRef.parse(null)).hasMessageContaining("names no order");
        assertThatThrownBy(() -> OrderRef.parse("SEED:SO1")).hasMessageContaining("is not {folder}");
        assertThatThrownBy(() -> OrderRef.parse("SEED:RETURN:SO1")).hasMessageContaining("unknown kind 'RETURN'");
        assertThatThrownBy(() -> OrderRef.parse("SEED:SALES:")).hasMessageContaining("is not {folder}");
    }
}
