package dev.x3ups.ups.sink.pickup;

import static dev.x3ups.ups.sink.pickup.PickupFixtures.site;
import static org.assertj.core.api.Assertions.assertThat;

import dev.x3ups.records.PickupPiece;
import dev.x3ups.ups.client.UpsClientConfig;
import dev.x3ups.ups.client.UpsClients;
import dev.x3ups.ups.client.auth.TokenManagerRegistry;
import dev.x3ups.ups.simulator.UpsSimulator;
import dev.x3ups.ups.simulator.pickup.SiteCalendar;
import dev.x3ups.ups.sink.site.ShippingSite;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The pickup plan's requests as the UPS simulator (which checks them against Pickup.yaml) takes them. */
class UpsPickupDeskTest {
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final LocalDate MONDAY = LocalDate.parse("2026-12-14");
    private static UpsSimulator sim;
    private static UpsClients ups;
    private static UpsPickupDesk desk;
    private final ShippingSite atl = site("ATL", NEW_YORK);

    @BeforeAll
    static void start() {
        sim = UpsSimulator.builder().port(0).accountNumber("A1B2C3")
                .clockStart(LocalDateTime.of(MONDAY, LocalTime.of(10, 0)).atZone(NEW_YORK).toInstant()).start();
        sim.pickups().configureSmartAccount("A1B2C3", SiteCalendar.weekdays(NEW_YORK));
        UpsClientConfig config = UpsClientConfig.builder().baseUrl(sim.baseUrl()).clientId("sim-client-id")
                .clientSecret("sim-client-secret").accountNumber("A1B2C3").build();
        ups = UpsClients.create(config, TokenManagerRegistry.unshared(config));
        desk = new UpsPickupDesk(ups.pickup(), Duration.ofSeconds(30));
    }

    @AfterAll
    static void stop() {
        ups.close();
        sim.close();
    }

    private PickupDesk.Request request(String reference) {
        return new PickupDesk.Request(atl, MONDAY, LocalTime.of(15, 0), LocalTime.of(18, 0),
                List.of(new PickupPiece("003", "US", "01", 3), new PickupPiece("007", "CA", "01", 1)),
                new BigDecimal("12.5"), false, reference);
    }

    @Test
    void aBookingIsFoundAgainInPendingStatusByItsReference() throws Exception {
        PickupDesk.Answer booked = desk.book(request("X3UPS-PICKUP-ATL-20261214"));

        assertThat(booked).isInstanceOf(PickupDesk.Answer.Done.class);
        String prn = ((PickupDesk.Answer.Done) booked).prn();
        assertThat(sim.pickups().bookings().byPrn(prn).orElseThrow().packageCount()).isEqualTo(4);
        assertThat(desk.pending(atl)).contains(new PickupDesk.Pending(prn, MONDAY, "X3UPS-PICKUP-ATL-20261214"));

        assertThat(desk.cancel(atl, prn)).isInstanceOf(PickupDesk.Answer.Done.class);
        assertThat(desk.pending(atl)).as("a cancelled pickup is not one to reconcile with")
                .noneMatch(p -> p.prn().equals(prn));
    }

    @Test
    void ratingAnswersACharge() {
        PickupDesk.Answer rated = desk.rate(request("X3UPS-PICKUP-ATL-R"));

        assertThat(rated).isInstanceOf(PickupDesk.Answer.Done.class);
    }

    @Test
    void aSmartTriggerAnswersThePrnOfTheDay() {
        PickupDesk.Answer first = desk.trigger(atl, true);
        PickupDesk.Answer again = desk.trigger(atl, true);

        assertThat(first).isInstanceOf(PickupDesk.Answer.Done.class);
        assertThat(again).isEqualTo(first);
        assertThat(((PickupDesk.Answer.Done) first).date()).isEqualTo(MONDAY);
    }

    @Test
    void aSiteWithoutPhoneIsRefusedWithoutAskingUps() {
        ShippingSite noPhone = new ShippingSite("NOP", new dev.x3ups.ups.client.ship.Party("No Phone DC", null, null,
                null, atl.party().address()), "A1B2C3", NEW_YORK);
        PickupDesk.Request request = new PickupDesk.Request(noPhone, MONDAY, LocalTime.of(15, 0), LocalTime.of(18, 0),
                List.of(new PickupPiece("003", "US", "01", 1)), null, false, "r");

        assertThat(desk.book(request)).isInstanceOf(PickupDesk.Answer.Refused.class);
    }
}
