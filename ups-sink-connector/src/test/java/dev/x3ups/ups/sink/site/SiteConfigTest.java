package dev.x3ups.ups.sink.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.x3ups.ups.sink.planning.TestOrders;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.common.config.ConfigValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SiteConfigTest {

    @Test
    void eachSiteHasItsOwnTimeZoneAndUtcWhenNoneIsSet() {
        Map<String, String> props = TestOrders.config();
        props.put("site.ATL.time.zone", "America/New_York");
        props.put("site.RNO.time.zone", " America/Los_Angeles ");

        Map<String, ShippingSite> sites = SiteConfig.from(props).sites();

        assertThat(sites.get("ATL").timeZone()).isEqualTo(ZoneId.of("America/New_York"));
        assertThat(sites.get("RNO").timeZone()).isEqualTo(ZoneId.of("America/Los_Angeles"));
        assertThat(sites.get("MIS").timeZone()).isEqualTo(ZoneId.of("UTC"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " => ", quoteCharacter = '"', value = {
            "Mars/Olympus_Mons => must be an IANA time zone id such as America/New_York",
            "-05:00 => must be an IANA time zone id",
            "EST => must be an IANA time zone id",
            "\"\" => must be an IANA time zone id",
            "america/toronto => (did you mean America/Toronto?)"})
    void aTimeZoneThatIsNoIanaIdIsRefusedNamingTheKey(String zone, String reason) {
        Map<String, String> props = TestOrders.config();
        props.put("site.MIS.time.zone", zone);

        assertThatThrownBy(() -> SiteConfig.from(props)).isInstanceOf(ConfigException.class)
                .hasMessageContaining("site.MIS.time.zone").hasMessageContaining(reason);
        assertThat(errors(SiteConfig.validate(props), "site.MIS.time.zone")).singleElement().asString()
                .contains(reason);
    }

    @Test
    void validateReportsWhatOnlyReadingASiteShowsOnItsKey() {
        Map<String, String> props = TestOrders.config();
        props.put("site.MIS.postal.code", "L5W");

        List<ConfigValue> values = SiteConfig.validate(props);

        assertThat(errors(values, "site.MIS.postal.code")).singleElement().asString()
                .contains("is not a Canadian postal code");
        assertThat(values).filteredOn(v -> !v.name().equals("site.MIS.postal.code"))
                .allSatisfy(v -> assertThat(v.errorMessages()).as(v.name()).isEmpty());
        assertThat(values).extracting(ConfigValue::name).contains("sites", "site.ATL.time.zone");
    }

    @Test
    void theSitesKeyHasItsOwnGroup() {
        assertThat(SiteConfig.addTo(new org.apache.kafka.common.config.ConfigDef()).configKeys().get("sites").group)
                .isEqualTo(SiteConfig.GROUP);
    }

    private static List<String> errors(List<ConfigValue> values, String key) {
        return values.stream().filter(v -> v.name().equals(key)).findFirst().orElseThrow().errorMessages();
    }
}
