package dev.x3ups.ups.sink.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.x3ups.ups.sink.planning.TestOrders;
import java.time.LocalTime;
import java.util.Map;
import org.apache.kafka.common.config.ConfigException;
import org.junit.jupiter.api.Test;

class PickupSettingsTest {

    @Test
    void aSiteWithoutPickupKeysHasAScheduledPickup() {
        SitePickup pickup = SiteConfig.from(TestOrders.config()).pickups().get("ATL");

        assertThat(pickup).isEqualTo(SitePickup.NONE);
    }

    @Test
    void eachSiteHasItsOwnPolicyAndTimes() {
        Map<String, String> props = TestOrders.config();
        props.put("site.ATL.phone", "404 555 0100");
        props.put("site.ATL.pickup.policy", "on_call");
        props.put("site.ATL.pickup.cutoff", "16:30");
        props.put("site.ATL.pickup.book.at", "14:00");
        props.put("site.ATL.pickup.ready.time", "14:30");
        props.put("site.ATL.pickup.close.time", "18:00");
        props.put("site.ATL.pickup.rate.first", "true");
        props.put("site.RNO.pickup.policy", "SMART");

        Map<String, SitePickup> pickups = SiteConfig.from(props).pickups();

        assertThat(pickups.get("ATL")).isEqualTo(new SitePickup(PickupPolicy.ON_CALL, LocalTime.of(16, 30),
                LocalTime.of(14, 0), LocalTime.of(14, 30), LocalTime.of(18, 0), true));
        assertThat(pickups.get("RNO").policy()).isEqualTo(PickupPolicy.SMART);
    }

    @Test
    void anOnCallBookingTimeMustComeBeforeTheCutoff() {
        Map<String, String> props = TestOrders.config();
        props.put("site.ATL.phone", "404 555 0100");
        props.put("site.ATL.pickup.policy", "ON_CALL");
        props.put("site.ATL.pickup.book.at", "17:00");

        assertThatThrownBy(() -> SiteConfig.from(props)).isInstanceOf(ConfigException.class)
                .hasMessageContaining("site.ATL.pickup.book.at").hasMessageContaining("before site.ATL.pickup.cutoff");
    }

    @Test
    void anOnCallSiteNeedsAPhone() {
        Map<String, String> props = TestOrders.config();
        props.remove("site.ATL.phone");
        props.put("site.ATL.pickup.policy", "ON_CALL");

        assertThatThrownBy(() -> SiteConfig.from(props)).isInstanceOf(ConfigException.class)
                .hasMessageContaining("site.ATL.phone");
    }

    @Test
    void aTimeIsHoursAndMinutes() {
        Map<String, String> props = TestOrders.config();
        props.put("site.ATL.pickup.cutoff", "5pm");

        assertThatThrownBy(() -> SiteConfig.from(props)).isInstanceOf(ConfigException.class)
                .hasMessageContaining("site.ATL.pickup.cutoff").hasMessageContaining("HH:mm");
    }

    @Test
    void theWindowMustOpenBeforeItCloses() {
        Map<String, String> props = TestOrders.config();
        props.put("site.ATL.pickup.ready.time", "18:00");
        props.put("site.ATL.pickup.close.time", "17:00");

        assertThatThrownBy(() -> SiteConfig.from(props)).isInstanceOf(ConfigException.class)
                .hasMessageContaining("site.ATL.pickup.close.time");
    }
}
