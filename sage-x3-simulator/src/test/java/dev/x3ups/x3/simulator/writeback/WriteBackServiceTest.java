package dev.x3ups.x3.simulator.writeback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.x3ups.testing.MutableClock;
import dev.x3ups.x3.simulator.data.Folder;
import dev.x3ups.x3.simulator.data.InvalidValueException;
import dev.x3ups.x3.simulator.data.OrderKind;
import dev.x3ups.x3.simulator.data.SeedData;
import dev.x3ups.x3.simulator.data.SimClock;
import dev.x3ups.x3.simulator.data.TrackingRecord;
import dev.x3ups.x3.simulator.fault.Counters;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class WriteBackServiceTest {

    private final MutableClock wall = new MutableClock(Instant.parse("2025-04-01T08:00:00Z"));
    private final SimClock clock = new SimClock(wall, null);
    private final Folder folder = new Folder("SEED", SeedData.masterData(), clock);
    private final Counters counters = new Counters();
    private final WriteBackService service = new WriteBackService(counters);

    @BeforeEach
    void seed() {
        folder.seed(1, 3, 2);
    }

    @Test
    void theOrderIsStampedWithTheWriteBacksOwnInstantEvenOnARunningClock() {
        // every reading of this clock is 700 ms later: two readings would fall a second apart
        Clock ticking = new Clock() {
            private Instant now = Instant.parse("2025-04-01T08:00:00.500Z");

            @Override
            public synchronized Instant instant() {
                now = now.plusMillis(700);
                return now;
            }

            @Override
            public ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(ZoneId zone) {
                return this;
            }
        };
        Folder running = new Folder("SEED", SeedData.masterData(), new SimClock(ticking, null));
        running.seed(1, 1, 0);

        for (int i = 0; i < 5; i++) {
            TrackingRecord r = i == 0 ? service.create(running, Map.of("YORDNUM", "SO000001", "YORDTYP", "SALES"))
                    : service.update(running, "SO000001", Map.of("YSTACOD", "I" + i)).orElseThrow();
            assertThat(running.sales().find("SO000001").orElseThrow().updated()).isEqualTo(r.updated());
        }
    }

    @Test
    void createStoresTypedValuesAndTouchesTheOrder() {
        TrackingRecord r = service.create(folder, Map.of("YORDNUM", "SO000001", "YORDTYP", "SALES",
                "YTRKNUM", List.of("1Z1", "1Z2"), "YSCHDLVDAT", "2025-04-03", "$uuid", "ignored"));
        assertThat(r.get("YTRKNUM")).isEqualTo(List.of("1Z1", "1Z2", "", "", "", "", "", "", "", ""));
        assertThat(r.get("YSCHDLVDAT")).isEqualTo(LocalDate.parse("2025-04-03"));
        assertThat(r.updated()).isEqualTo(clock.now());
        assertThat(folder.sales().find("SO000001").orElseThrow().updated()).isEqualTo(clock.now());
        assertThat(counters.get("writeback.create")).isEqualTo(1);
    }

    @Test
    void updateSetsOneIndexedElementAndKeepsTheRest() {
        service.create(folder, Map.of("YORDNUM", "PO000001", "YORDTYP", "PURCHASE", "YTRKNUM", List.of("1Z1")));
        wall.advance(Duration.ofSeconds(3));
        TrackingRecord r = service.update(folder, "PO000001", Map.of("YTRKNUM_2", "1Z2", "YSTACOD", "D")).orElseThrow();
        assertThat(((List<?>) r.get("YTRKNUM")).subList(0, 3)).isEqualTo(List.of("1Z1", "1Z2", ""));
        assertThat(r.get("YSTACOD")).isEqualTo("D");
        assertThat(folder.purchases().find("PO000001").orElseThrow().updated()).isEqualTo(clock.now());
        assertThat(service.update(folder, "SO000003", Map.of("YSTACOD", "D"))).isEmpty();
    }

    @Test
    void refusesKeyAndTypeChangesAndBadValues() {
        service.create(folder, Map.of("YORDNUM", "SO000002", "YORDTYP", "SALES"));
        assertThatThrownBy(() -> service.update(folder, "SO000002", Map.of("YORDNUM", "SO000003")))
                .isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> service.update(folder, "SO000002", Map.of("YORDTYP", "PURCHASE")))
                .isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> service.update(folder, "SO000002", Map.of("YEXCFLG", 3)))
                .isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> service.update(folder, "SO000002", Map.of("YTRKNUM_11", "x")))
                .isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> service.update(folder, "SO000002", Map.of("UPDDATTIM", "2025-01-01T00:00:00Z")))
                .isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> service.create(folder, Map.of("YORDNUM", "SO000003", "YORDTYP", "RETURN")))
                .isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> service.create(folder, Map.of("YORDTYP", "SALES")))
                .isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> service.create(folder, Map.of("YORDNUM", "SO000002", "YORDTYP", "SALES")))
                .isInstanceOf(WriteBackConflictException.class);
    }

    @Test
    void theOrderDigestIsAlpha64() {
        String digest = "a".repeat(64);
        TrackingRecord r = service.create(folder, Map.of("YORDNUM", "SO000001", "YORDTYP", "SALES", "YORDDIG", digest));
        assertThat(r.get("YORDDIG")).isEqualTo(digest);
        assertThat(service.update(folder, "SO000001", Map.of("YORDDIG", "b".repeat(64))).orElseThrow().get("YORDDIG"))
                .isEqualTo("b".repeat(64));
        assertThatThrownBy(() -> service.update(folder, "SO000001", Map.of("YORDDIG", "c".repeat(65))))
                .isInstanceOf(InvalidValueException.class);
    }

    @Test
    void upsertCreatesThenUpdates() {
        service.upsert(folder, "SO000003", OrderKind.SALES, Map.of("YSTACOD", "M"));
        TrackingRecord r = service.upsert(folder, "SO000003", OrderKind.SALES, Map.of("YSTACOD", "I"));
        assertThat(r.get("YSTACOD")).isEqualTo("I");
        assertThat(r.get("YORDTYP")).isEqualTo("SALES");
        assertThat(counters.get("writeback.create")).isEqualTo(1);
        assertThat(counters.get("writeback.update")).isEqualTo(1);
    }
}
