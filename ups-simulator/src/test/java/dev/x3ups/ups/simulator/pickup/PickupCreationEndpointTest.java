package dev.x3ups.ups.simulator.pickup;

import static org.assertj.core.api.Assertions.assertThat;

import dev.x3ups.ups.simulator.clock.SimClock;
import dev.x3ups.ups.simulator.http.ApiRequest;
import dev.x3ups.ups.simulator.http.ApiResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** The creation endpoint without HTTP: Smart Pickup is one per account and day even under concurrent triggers. */
class PickupCreationEndpointTest {
    private final PickupSystem system = new PickupSystem(
            new SimClock(Clock.systemUTC(), Instant.parse("2026-12-08T12:00:00Z"), 0), "A1B2C3", 1);
    private final PickupCreationEndpoint endpoint = new PickupCreationEndpoint(system);

    private ApiResponse trigger(String option) {
        return endpoint.handle(ApiRequest.of("POST", "/api/pickupcreation/v2409/pickup", Map.of(), """
                {"PickupTriggerGWNRequest":{"Request":{},"AccountNumber":"A1B2C3","ServiceDateOption":"%s"}}"""
                .formatted(option)));
    }

    @Test
    void concurrentTriggersMakeOneSmartPickupAndTheRestExisting() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<ApiResponse>> calls = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                calls.add(() -> trigger("01"));
            }
            List<String> statuses = new ArrayList<>();
            List<String> prns = new ArrayList<>();
            for (Future<ApiResponse> answer : pool.invokeAll(calls)) {
                statuses.add(answer.get().body().at("/PickupTriggerGWNResponse/TriggerStatus/Description").asText());
                prns.add(answer.get().body().at("/PickupTriggerGWNResponse/PRN").asText());
            }
            assertThat(statuses).filteredOn("NEW"::equals).hasSize(1);
            assertThat(statuses).filteredOn("EXISTING"::equals).hasSize(15);
            assertThat(prns).containsOnly(prns.get(0));
            assertThat(prns.get(0)).startsWith("GP").hasSize(11);
        } finally {
            pool.shutdownNow();
        }
        assertThat(system.bookings().all()).singleElement()
                .satisfies(b -> assertThat(b.date()).isEqualTo(LocalDate.of(2026, 12, 8)));
    }

    @Test
    void nextBusinessDayFromAFridaySkipsTheWeekendAndIsItsOwnPickup() {
        system.configureSmartAccount("A1B2C3", SiteCalendar.weekdays(ZoneId.of("UTC")));
        system.clock().advance(java.time.Duration.ofDays(3)); // Friday 12:00
        ApiResponse next = trigger("02");
        assertThat(next.body().at("/PickupTriggerGWNResponse/ServiceDate").asText()).isEqualTo("20261214");
        assertThat(next.body().at("/PickupTriggerGWNResponse/TriggerStatus/Code").asText()).isEqualTo("01");
        assertThat(next.body().at("/PickupTriggerGWNResponse").has("NextBusinessDayIndicator"))
                .as("only when a same-day request was moved").isFalse();
        assertThat(trigger("01").body().at("/PickupTriggerGWNResponse/ServiceDate").asText()).isEqualTo("20261211");
        assertThat(system.bookings().all()).hasSize(2);
    }
}
