package dev.x3ups.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class OrderKeyTest {

    @Test
    void parsesTheBusinessKey() {
        OrderKey ref = OrderKey.parse("SEED:PURCHASE:PO000007");
        assertThat(ref).isEqualTo(new OrderKey("SEED", OrderKind.PURCHASE, "PO000007"));
        assertThat(ref.toString()).isEqualTo("SEED:PURCHASE:PO000007");
    }

    @Test
    void parsesWhatOrderBuilds() {
        String built = Order.key("SEED", OrderKind.SALES, "SO0042");
        assertThat(built).isEqualTo("SEED:SALES:SO0042");
        assertThat(OrderKey.parse(built)).isEqualTo(new OrderKey("SEED", OrderKind.SALES, "SO0042"));
    }

    @Test
    void kindIsCaseInsensitive() {
        assertThat(OrderKey.parse("SEED:sales:SO1").kind()).isEqualTo(OrderKind.SALES);
    }

    @Test
    void rejectsMalformedKeysWithTheReason() {
        assertThatThrownBy(() -> OrderKey.parse(null)).hasMessageContaining("names no order");
        assertThatThrownBy(() -> OrderKey.parse("SEED:SO1")).hasMessageContaining("is not {folder}");
        assertThatThrownBy(() -> OrderKey.parse("SEED:RETURN:SO1")).hasMessageContaining("unknown kind 'RETURN'");
        assertThatThrownBy(() -> OrderKey.parse("SEED:SALES:")).hasMessageContaining("is not {folder}");
    }
}
