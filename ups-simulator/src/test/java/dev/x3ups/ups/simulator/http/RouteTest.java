package dev.x3ups.ups.simulator.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.x3ups.ups.simulator.ApiEndpoint;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RouteTest {
    private final Route ship = Route.api("POST", "/api/shipments/{version}/ship", ApiEndpoint.SHIP, r -> null);

    @Test
    void matchesTemplatesAndExtractsVariables() {
        assertThat(ship.match("POST", "/api/shipments/v2409/ship")).contains(Map.of("version", "v2409"));
        assertThat(ship.match("GET", "/api/shipments/v2409/ship")).isEmpty();
        assertThat(ship.match("POST", "/api/shipments/v2409/ship/x")).isEmpty();
        assertThat(ship.match("POST", "/api/shipments//ship")).isEmpty();
    }

    @Test
    void variablesArePercentDecodedAfterSplitting() {
        Route ref = Route.api("GET", "/api/track/v1/reference/details/{ref}", ApiEndpoint.TRACK_REFERENCE, r -> null);
        assertThat(ref.match("GET", "/api/track/v1/reference/details/SO%2F1%20A+B")).contains(Map.of("ref", "SO/1 A+B"));
        assertThat(ref.match("GET", "/api/track/v1/reference/details/%zz")).isEmpty();
    }

    @Test
    void routerTellsUnknownPathsFromWrongMethods() {
        Router router = new Router(List.of(ship));
        assertThat(router.find("POST", "/api/shipments/v1/ship")).isPresent();
        assertThat(router.knowsPath("/api/shipments/v1/ship")).isTrue();
        assertThat(router.knowsPath("/api/nothing")).isFalse();
    }
}
