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

    @Test
    void goodsWithoutHsCodeCrossABorderWithAnItemWhoseMasterHasNone() {
        OrderRecord o = bad(BadOrderKind.GOODS_WITHOUT_HS_CODE);
        String siteCountry = master.site(o.text("STOFCY")).orElseThrow().address().country();

        assertThat(o.text("BPDCRY")).isNotEqualTo(siteCountry);
        assertThat(o.lines()).anySatisfy(l -> assertThat(item(l).commodityCode()).isEmpty());
        assertThat(o.lines()).allSatisfy(l -> assertThat(item(l).hasWeight()).isTrue());
    }

    @Test
    void validOrdersCrossingABorderHaveCustomsDataOnEveryItem() {
        int crossBorder = 0;
        for (int i = 0; i < 60; i++) {
            OrderRecord o = factory.build("SO000001", generator.sales(), now);
            String siteCountry = master.site(o.text("STOFCY")).orElseThrow().address().country();
            if (!siteCountry.equals(o.text("BPDCRY"))) {
                crossBorder++;
                assertThat(o.lines()).allSatisfy(l -> assertThat(item(l).hasCustomsData()).isTrue());
            }
        }
        assertThat(crossBorder).isPositive();
    }

    @Test
    void theItemMasterKeepsHsCodeOriginAndFamilyAndOneWeighedItemHasNoHsCode() {
        assertThat(master.item("IT0001").orElseThrow())
                .extracting(Item::commodityCode, Item::originCountry, Item::family)
                .containsExactly("420292", "VN", "OUTDR");
        assertThat(master.items().stream().filter(i -> i.hasWeight() && i.commodityCode().isEmpty()))
                .extracting(Item::code).containsExactly("IT0013");
    }

    private Item item(OrderLine line) {
        return master.item((String) line.get("ITMREF")).orElseThrow();
    }
}
