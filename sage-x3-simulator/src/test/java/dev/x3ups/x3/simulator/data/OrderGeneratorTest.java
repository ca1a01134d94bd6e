package dev.x3ups.x3.simulator.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class OrderGeneratorTest {

    private final MasterData master = SeedData.masterData();
    private final OrderGenerator generator = new OrderGenerator(master, new Random(3));
    private final SalesOrderFactory factory = new SalesOrderFactory(master);
    private final Instant now = Instant.parse("2025-01-15T10:00:00Z");

    private OrderRecord bad(BadOrderKind kind) {
        return factory.build("SO000001", generator.badSales(kind), now);
    }

    @Test
    void eachBadKindIsBadTheWayItSays() {
        OrderRecord noState = bad(BadOrderKind.US_ADDRESS_WITHOUT_STATE);
        assertThat(noState.get("BPDCRY")).isEqualTo("US");
        assertThat(noState.get("BPDSAT")).isEqualTo("");
        @SuppressWarnings("unchecked")
        List<String> lines = (List<String>) bad(BadOrderKind.ADDRESS_LINE_TOO_LONG).get("BPDADDLIG");
        assertThat(lines.get(0).length()).isGreaterThan(35);
        assertThat(String.join(" ", lines).length()).as("does not fit 3 x 35 even re-flowed").isGreaterThan(3 * 35);
        OrderRecord postal = bad(BadOrderKind.INVALID_POSTAL_CODE);
        assertThat(postal.text("BPDPOSCOD")).doesNotMatch("\\d{5}(-\\d{4})?");
        assertThat(bad(BadOrderKind.LINE_WITHOUT_WEIGHT).lines())
                .anySatisfy(l -> assertThat((BigDecimal) l.get("ITMWEI")).isZero());
    }

    @Test
    void validOrdersHaveWeightsOnEveryLine() {
        for (int i = 0; i < 30; i++) {
            OrderRecord o = factory.build("SO000001", generator.sales(), now);
            assertThat(o.lines()).isNotEmpty().allSatisfy(l -> assertThat((BigDecimal) l.get("ITMWEI")).isPositive());
        }
    }
}
