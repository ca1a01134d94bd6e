package dev.x3ups.x3.sink.target;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class GraphQlOperationsTest {

    @Test
    void readPathBecomesAJsonPointer() {
        assertThat(new GraphQlOperations("m", "data", "id", "q", "x3Sales.salesOrder.read").readPointer())
                .isEqualTo("/x3Sales/salesOrder/read");
        assertThat(new GraphQlOperations("m", "data", "id", "q", " order . read ").readPointer()).isEqualTo("/order/read");
    }

    @Test
    void everyPartIsRequired() {
        assertThatThrownBy(() -> new GraphQlOperations(null, "data", "id", "q", "p")).isInstanceOf(NullPointerException.class);
        assertThat(GraphQlOperations.DEFAULT_READ_QUERY).contains("$id").contains("yLastEventAt");
        assertThat(GraphQlOperations.DEFAULT_MUTATION).contains("$data");
    }
}
