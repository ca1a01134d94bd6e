package dev.x3ups.ups.simulator.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimelinePlannerTest {
    private final EventLocation from = new EventLocation("Timonium", "MD", "21093", "US");
    private final EventLocation to = new EventLocation("Alpharetta", "GA", "30005", "US");
    private final Instant created = Instant.parse("2026-07-01T14:00:00Z");

    @Test
    void plainTimelineRunsManifestPickupTransitOutForDeliveryDelivered() {
        Timeline t = new TimelinePlanner(1, 0.0, 0.6).plan("1ZA1B2C30300000017", created, from, to, 2);
        List<String> types = t.planned().stream().map(TimelineEvent::type).toList();
        assertThat(types).startsWith("M", "P", "I").endsWith("O", "D");
        assertThat(t.planned()).isSortedAccordingTo((a, b) -> a.at().compareTo(b.at()));
        assertThat(t.planned().get(0).at()).isEqualTo(created);
        assertThat(t.plannedDelivery()).isNotNull();
    }

    @Test
    void exceptionShareIsHonouredAndSomeReturnToShipper() {
        TimelinePlanner planner = new TimelinePlanner(9, 0.2, 0.5);
        int exceptions = 0;
        int returned = 0;
        for (int i = 0; i < 2000; i++) {
            Timeline t = planner.plan("1ZA1B2C303" + String.format("%08d", i), created, from, to, 3);
            List<String> types = t.planned().stream().map(TimelineEvent::type).toList();
            if (types.contains("X")) {
                exceptions++;
                if (types.get(types.size() - 1).equals("RS")) {
                    returned++;
                    assertThat(t.plannedDelivery()).isNull();
                } else {
                    assertThat(types.get(types.size() - 1)).isEqualTo("D");
                }
            }
        }
        assertThat(exceptions).isBetween(330, 470);
        assertThat(returned).isBetween(exceptions / 2 - 60, exceptions / 2 + 60);
    }

    @Test
    void plansAreReproducibleFromSeedAndNumber() {
        TimelinePlanner planner = new TimelinePlanner(3, 0.5, 0.5);
        assertThat(planner.plan("1Z1", created, from, to, 1).planned())
                .isEqualTo(planner.plan("1Z1", created, from, to, 1).planned());
    }

    @Test
    void voidingCutsTheRestAndAddsManifestVoid() {
        Timeline t = new TimelinePlanner(1, 0.0, 0.6).plan("1Z2", created, from, to, 2);
        t.voidAt(created.plusSeconds(60));
        List<TimelineEvent> seen = t.happenedBy(created.plusSeconds(30 * 86400));
        assertThat(seen).extracting(TimelineEvent::type).containsExactly("M", "MV");
    }

    @Test
    void trackAlertTypesFoldPickupAndOutForDeliveryIntoInTransit() {
        assertThat(new TimelineEvent(0, created, "P", "PU", "", "", from).trackAlertType()).isEqualTo("I");
        assertThat(new TimelineEvent(0, created, "O", "OT", "", "", from).trackAlertType()).isEqualTo("I");
        assertThat(new TimelineEvent(0, created, "RS", "RS", "", "", from).trackAlertType()).isEqualTo("X");
        assertThat(new TimelineEvent(0, created, "D", "FS", "", "", from).trackAlertType()).isEqualTo("D");
    }
}
