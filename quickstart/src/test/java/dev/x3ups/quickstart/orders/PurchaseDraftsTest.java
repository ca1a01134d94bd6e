package dev.x3ups.quickstart.orders;

import dev.x3ups.x3.simulator.data.MasterData;
import dev.x3ups.x3.simulator.data.PurchaseOrderDraft;
import dev.x3ups.x3.simulator.data.SeedData;
import java.util.Random;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PurchaseDraftsTest {

    @Test
    void picksTheUpsServiceThatServesTheLane() {
        assertThat(PurchaseDrafts.service("US", "US")).isEqualTo("UGND");
        assertThat(PurchaseDrafts.service("CA", "CA")).isEqualTo("USTD");
        assertThat(PurchaseDrafts.service("CA", "US")).isEqualTo("USTD");
        assertThat(PurchaseDrafts.service("DE", "US")).isEqualTo("UWEX");
        assertThat(PurchaseDrafts.service("US", "GB")).isEqualTo("UWEX");
    }

    @Test
    void goodsCrossingABorderAreItemsWithAnHsCodeAndAnOrigin() {
        MasterData master = SeedData.masterData();
        PurchaseDrafts drafts = new PurchaseDrafts(master, new Random(7));
        int crossBorder = 0;
        for (int i = 0; i < 200; i++) {
            PurchaseOrderDraft draft = drafts.next();
            String from = master.supplier(draft.supplier()).orElseThrow().address().country();
            String to = master.site(draft.receivingSite()).orElseThrow().address().country();
            if (!from.equals(to)) {
                crossBorder++;
                assertThat(draft.lines()).allSatisfy(line ->
                        assertThat(master.item(line.item()).orElseThrow().hasCustomsData()).as(line.item()).isTrue());
            }
        }
        assertThat(crossBorder).isGreaterThan(50);
    }
}
