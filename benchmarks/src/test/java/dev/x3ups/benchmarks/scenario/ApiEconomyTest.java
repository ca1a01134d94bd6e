package dev.x3ups.benchmarks.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ApiEconomyTest {

    @Test
    void countersBecomeCallsPerOrderPerStatusAndTokensPerHour() {
        Map<String, Long> ups = Map.of("SHIP", 1000L, "TRACK_ALERT", 10L, "VOID", 2L, "TOKEN", 2L);
        Map<String, Long> x3 = Map.of("api1.GET.SORDER.YSOSHIP.$query", 20L, "token.client_credentials", 1L,
                "api1.GET.YSHIPTRK.YSHIPTRK.$details", 1000L, "api1.POST.YSHIPTRK.YSHIPTRK.$create", 1000L,
                "api1.PUT.YSHIPTRK.YSHIPTRK.$edit", 500L, "writeback.create", 1000L, "writeback.update", 500L);

        Map<String, Double> m = ApiEconomy.perOrder(ups, x3, 1000, 1800);

        assertThat(m.get("economy.ups_ship_per_order")).isEqualTo(1.0);
        assertThat(m.get("economy.ups_track_alert_per_order")).isEqualTo(0.01);
        assertThat(m.get("economy.ups_void_per_order")).isEqualTo(0.002);
        assertThat(m.get("economy.ups_rate_per_order")).isZero();
        assertThat(m.get(ApiEconomy.UPS_CALLS_PER_ORDER)).isCloseTo(1.012, within(1e-9));
        assertThat(m.get("economy.x3_reads_per_order_polled")).isEqualTo(0.02);
        assertThat(m.get("economy.x3_calls_per_status_written")).isCloseTo(2500.0 / 1500, within(1e-9));
        assertThat(m.get("economy.token_requests_per_hour")).isEqualTo(6.0);
    }

    @Test
    void labelsNameTheEndpoint() {
        assertThat(ApiEconomy.label("economy.ups_track_alert_per_order")).isEqualTo("UPS subscribe calls per order");
        assertThat(ApiEconomy.unit("economy.token_requests_per_hour")).isEqualTo("tokens/h");
        assertThat(ApiEconomy.note("economy.token_requests_per_hour", 3000)).contains("3000-order").contains("start-up");
        assertThat(ApiEconomy.note("economy.ups_ship_per_order", 3000)).doesNotContain("start-up");
    }
}
