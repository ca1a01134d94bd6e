package dev.x3ups.ups.sink.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.x3ups.ups.sink.planning.PlanningConfig;
import dev.x3ups.ups.sink.planning.TestOrders;
import java.time.Duration;
import java.util.Map;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.common.config.ConfigValue;
import org.junit.jupiter.api.Test;

class AddressCheckSettingsTest {

    @Test
    void offByDefaultWithA180DayCache() {
        AddressCheckSettings settings = PlanningConfig.from(TestOrders.config()).addressChecks();
        assertThat(settings.policies().of("ATL", "US")).isEqualTo(AddressPolicy.OFF);
        assertThat(settings.policies().anyChecks()).isFalse();
        assertThat(settings.applyCorrections()).isFalse();
        assertThat(settings.cacheMaxAge()).isEqualTo(Duration.ofDays(180));
        assertThat(settings.cacheEntries()).isEqualTo(10_000);
    }

    @Test
    void theCountryWinsOverTheSiteWhichWinsOverTheConnector() {
        Map<String, String> props = TestOrders.config();
        props.put("address.policy", "classify");
        props.put("site.RNO.address.policy", "VALIDATE");
        props.put("site.ATL.address.policy", " ");
        props.put("address.policy.countries", "pr:OFF, US:VALIDATE");
        props.put("address.corrections.apply", "true");
        props.put("address.cache.max.age.ms", "1000");
        AddressCheckSettings settings = PlanningConfig.from(props).addressChecks();

        AddressPolicies policies = settings.policies();
        assertThat(policies.of("ATL", "PR")).isEqualTo(AddressPolicy.OFF);
        assertThat(policies.of("ATL", "US")).isEqualTo(AddressPolicy.VALIDATE);
        assertThat(policies.of("ATL", "CA")).isEqualTo(AddressPolicy.CLASSIFY);
        assertThat(policies.of("RNO", "CA")).isEqualTo(AddressPolicy.VALIDATE);
        assertThat(settings.applyCorrections()).isTrue();
        assertThat(settings.cacheMaxAge()).isEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void badPoliciesAreRefusedNamingTheKey() {
        Map<String, String> props = TestOrders.config();
        props.put("site.MIS.address.policy", "STRICT");
        assertThatThrownBy(() -> PlanningConfig.from(props)).isInstanceOf(ConfigException.class)
                .hasMessageContaining("site.MIS.address.policy");

        Map<String, String> countries = TestOrders.config();
        countries.put("address.policy.countries", "US:VALIDATE,USA:OFF");
        assertThat(PlanningConfig.validate(countries)).filteredOn(v -> v.name().equals("address.policy.countries"))
                .flatExtracting(ConfigValue::errorMessages).singleElement().asString().contains("USA:OFF");
        countries.put("address.policy.countries", "US:VALIDATE,us:OFF");
        assertThat(PlanningConfig.validate(countries)).filteredOn(v -> v.name().equals("address.policy.countries"))
                .flatExtracting(ConfigValue::errorMessages).singleElement().asString().contains("twice");
    }
}
