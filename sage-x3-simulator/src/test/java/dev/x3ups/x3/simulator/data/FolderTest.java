package dev.x3ups.x3.simulator.data;

import static org.assertj.core.api.Assertions.assertThat;

import dev.x3ups.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FolderTest {

    private final Instant start = Instant.parse("2025-01-15T10:00:00Z");

    private Folder seeded(long seed) {
        Folder f = new Folder("SEED", SeedData.masterData(), new SimClock(new MutableClock(start), null));
        f.seed(seed, 20, 5);
        return f;
    }

    @Test
    void seedIsDeterministicAndStampedBeforeTheStart() {
        Folder a = seeded(42);
        Folder b = seeded(42);
        assertThat(a.sales().all()).extracting(o -> o.header().toString())
                .isEqualTo(b.sales().all().stream().map(o -> o.header().toString()).toList());
        assertThat(a.sales().all()).allSatisfy(o -> assertThat(o.updated()).isBefore(start)
                .isAfterOrEqualTo(start.minus(Duration.ofDays(3))));
        assertThat(a.purchases().size()).isEqualTo(5);
        assertThat(seeded(7).sales().all().get(0).header()).isNotEqualTo(a.sales().all().get(0).header());
    }

    @Test
    void seedCoversSeveralCountriesAndWeightUnits() {
        Folder f = seeded(42);
        f.seed(43, 60, 0);
        List<OrderRecord> all = f.sales().all();
        assertThat(all).extracting(o -> o.get("BPDCRY")).contains("US", "CA", "GB", "DE");
        assertThat(all).flatExtracting(OrderRecord::lines).extracting(l -> l.get("WEU")).contains("KG", "LB", "G", "OZ");
    }

    @Test
    void modifyAndTouchStampTheClockTime() {
        Folder f = seeded(42);
        OrderRecord o = f.modify(OrderKind.SALES, "SO000001", Map.of("ORDSTA", 2)).orElseThrow();
        assertThat(o.get("ORDSTA")).isEqualTo(2);
        assertThat(o.updated()).isEqualTo(start);
        assertThat(f.touch(OrderKind.PURCHASE, "PO000001")).hasValueSatisfying(p -> assertThat(p.updated()).isEqualTo(start));
        assertThat(f.modify(OrderKind.SALES, "SO999999", Map.of("ORDSTA", 2))).isEmpty();
    }
}
