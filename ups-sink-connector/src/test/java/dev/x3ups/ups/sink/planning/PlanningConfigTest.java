package dev.x3ups.ups.sink.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.x3ups.ups.client.ship.LabelFormat;
import dev.x3ups.ups.sink.packing.MassUnit;
import dev.x3ups.ups.sink.site.ShippingSite;
import dev.x3ups.ups.sink.site.SiteConfig;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.common.config.ConfigValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PlanningConfigTest {

    @Test
    void parsesSitesIntoFittedUpsParties() {
        PlanningConfig config = PlanningConfig.from(TestOrders.config());

        assertThat(config.sites()).containsOnlyKeys("ATL", "RNO", "MIS");
        ShippingSite reno = config.sites().get("RNO");
        assertThat(reno.account()).isEqualTo("R3N002");
        assertThat(reno.party().name()).isEqualTo("Reno Fulfillment Center");
        assertThat(reno.party().phone()).isEqualTo("7755550100");
        assertThat(reno.party().address().stateProvince()).isEqualTo("NV");
        assertThat(reno.party().address().lines()).containsExactly("555 Vassar St");
        ShippingSite mississauga = config.sites().get("MIS");
        assertThat(mississauga.party().address().postalCode()).isEqualTo("L5W 1W2");
        assertThat(mississauga.party().address().countryCode()).isEqualTo("CA");
    }

    @Test
    void defaults() {
        PlanningConfig config = PlanningConfig.from(TestOrders.config());

        assertThat(config.serviceSelection()).isEqualTo(PlanningConfig.ServiceSelection.MAPPED);
        assertThat(config.serviceMap()).containsExactly(Map.entry("UGND", "03"), Map.entry("U3DS", "12"),
                Map.entry("U2DA", "02"), Map.entry("UNDA", "01"), Map.entry("USTD", "11"), Map.entry("UWEX", "07"));
        assertThat(config.defaultService()).isNull();
        assertThat(config.allowedServices()).isEmpty();
        assertThat(config.inboundAccount()).isNull();
        assertThat(config.maxPackageWeight()).isEqualByComparingTo("150");
        assertThat(config.maxPackageWeightMassUnit()).isEqualTo(MassUnit.LB);
        assertThat(config.packagingCode()).isEqualTo("02");
        assertThat(config.negotiatedRates()).isFalse();
        assertThat(config.labelFormat()).isEqualTo(LabelFormat.GIF);
    }

    @Test
    void readsEverySetting() {
        Map<String, String> props = TestOrders.config();
        props.put("service.selection", "shop");
        props.put("service.map", "UGND:03, UNDA:01");
        props.put("service.default", "03");
        props.put("service.allowed", "03,12");
        props.put("inbound.account", "inb0un");
        props.put("package.max.weight", "31.5");
        props.put("package.max.weight.unit", "kg");
        props.put("package.dimensions.item", "IT0001:30x20x10 CM");
        props.put("package.dimensions.packaging", "box:12x10x8 IN");
        props.put("package.packaging.code", "02");
        props.put("rates.negotiated", "true");
        props.put("label.format", "zpl");

        PlanningConfig config = PlanningConfig.from(props);

        assertThat(config.serviceSelection()).isEqualTo(PlanningConfig.ServiceSelection.SHOP);
        assertThat(config.serviceMap()).containsExactly(Map.entry("UGND", "03"), Map.entry("UNDA", "01"));
        assertThat(config.defaultService()).isEqualTo("03");
        assertThat(config.allowedServices()).containsExactly("03", "12");
        assertThat(config.inboundAccount()).isEqualTo("INB0UN");
        assertThat(config.maxPackageWeight()).isEqualByComparingTo(new BigDecimal("31.5"));
        assertThat(config.maxPackageWeightMassUnit()).isEqualTo(MassUnit.KG);
        assertThat(config.negotiatedRates()).isTrue();
        assertThat(config.labelFormat()).isEqualTo(LabelFormat.ZPL);
        assertThat(config.defaultDimensions().forLine(new dev.x3ups.records.OrderLine(1, "IT0002", null,
                BigDecimal.ONE, "BOX", BigDecimal.ONE, null, "KG", null)))
                .isEqualTo(new dev.x3ups.records.Dimensions(new BigDecimal("12"), new BigDecimal("10"),
                        new BigDecimal("8"), "IN"));
    }

    @Test
    void rateWithoutAllowedServicesRatesTheMappedOnes() {
        Map<String, String> props = TestOrders.config();
        props.put("service.selection", "RATE");
        props.put("service.map", "UGND:03,UPS1:03,UNDA:01");

        assertThat(PlanningConfig.from(props).allowedServices()).containsExactly("03", "01");
    }

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource(delimiterString = " => ", quoteCharacter = '"', value = {
            "sites => ATL,ATL => site 'ATL' is listed twice",
            "sites => \"\" => at least one site is needed",
            "service.selection => CHEAPEST => String must be one of",
            "service.map => UGND=03 => entry 'UGND=03' is not MODE:CODE",
            "service.map => UGND:03,UGND:01 => delivery mode 'UGND' is mapped twice",
            "service.allowed => 3 => '3' is not a 2-character UPS service code",
            "inbound.account => 1234567 => must be 6 letters or digits",
            "package.max.weight => heavy => must be a decimal number",
            "package.max.weight => 0 => must be a number of at least 0.1",
            "package.max.weight => 160 => UPS takes at most 70 kg",
            "package.max.weight.unit => ST => String must be one of",
            "package.dimensions.item => IT0001:30x20 => expected KEY:LxWxH UNIT",
            "label.format => PDF => String must be one of",
            "site.ATL.account => A1T0 => must be 6 letters or digits",
            "site.ATL.name => Atlanta Distribution Center And Cross Dock => has 42 characters; UPS allows 35",
            "site.ATL.city => \"\" => must not be empty",
            "site.ATL.country => USA => must be an ISO 3166 two-letter country code",
            "site.ATL.state => \"\" => site.ATL.state is missing; UPS requires the state for US addresses",
            "site.ATL.state => Ontario => is not a US state code or name",
            "site.ATL.postal.code => 3033 => is not a US ZIP code",
            "site.MIS.postal.code => L5W => is not a Canadian postal code",
            "site.ATL.address.lines => a|b|c|d => has 4 lines; UPS takes at most 3",
            "site.ATL.phone => +1 404 555 0100 1234 5678 => UPS allows 15"})
    void refusesBadValuesNamingTheKey(String key, String value, String reason) {
        Map<String, String> props = TestOrders.config();
        props.put(key, value);

        assertThatThrownBy(() -> PlanningConfig.from(props))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining(key)
                .hasMessageContaining(reason);
    }

    @Test
    void aListedSiteWithoutItsKeysIsRefusedNamingTheMissingKey() {
        Map<String, String> props = TestOrders.config();
        props.put("sites", "ATL,RNO,MIS,PHX");

        assertThatThrownBy(() -> PlanningConfig.from(props))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("site.PHX.");
    }

    @Test
    void rateNeedsServicesToRate() {
        Map<String, String> props = TestOrders.config();
        props.put("service.selection", "RATE");
        props.put("service.map", "");

        assertThatThrownBy(() -> PlanningConfig.from(props)).hasMessageContaining("service.allowed")
                .hasMessageContaining("RATE needs services to rate");
    }

    @Test
    void validateReportsProblemsOnTheirKeys() {
        Map<String, String> props = TestOrders.config();
        props.put("site.RNO.postal.code", "8950");
        props.put("label.format", "PDF");

        List<ConfigValue> values = PlanningConfig.validate(props);

        assertThat(errors(values, "label.format")).singleElement().asString().contains("String must be one of");
        assertThat(errors(values, "site.RNO.name")).isEmpty();
        assertThat(errors(values, "sites")).isEmpty();
    }

    @Test
    void validateReportsChecksAcrossKeysOnTheKeyAtFault() {
        Map<String, String> props = TestOrders.config();
        props.put("site.RNO.postal.code", "8950");

        List<ConfigValue> values = PlanningConfig.validate(props);

        assertThat(errors(values, "site.RNO.postal.code")).singleElement().asString()
                .contains("site.RNO.postal.code '8950' is not a US ZIP code");
        assertThat(values).filteredOn(v -> !v.name().equals("site.RNO.postal.code"))
                .allSatisfy(v -> assertThat(v.errorMessages()).isEmpty());
        assertThat(PlanningConfig.validate(TestOrders.config()))
                .allSatisfy(v -> assertThat(v.errorMessages()).as(v.name()).isEmpty());
    }

    @Test
    void validateReportsLimitsAcrossKeysOnTheirKey() {
        Map<String, String> props = TestOrders.config();
        props.put("package.max.weight", "71");
        props.put("package.max.weight.unit", "KG");

        List<ConfigValue> values = PlanningConfig.validate(props);

        assertThat(errors(values, "package.max.weight")).singleElement().asString()
                .contains("UPS takes at most 70 kg");
        assertThat(errors(values, "package.max.weight.unit")).isEmpty();
    }

    @Test
    void composesIntoTheConnectorConfigUnderItsOwnGroup() {
        ConfigDef def = PlanningConfig.addTo(new ConfigDef().define("topics", ConfigDef.Type.LIST,
                ConfigDef.Importance.HIGH, "topics"));

        assertThat(def.names()).contains("topics", "sites", "service.selection", "service.map", "package.max.weight",
                "label.format", "rates.negotiated", "inbound.account");
        assertThat(def.configKeys().get("sites").group).isEqualTo("Ship-from sites");
        assertThat(def.configKeys().get("service.map").group).isEqualTo("Shipment planning");
        assertThat(SiteConfig.siteDefinitions(List.of("ATL")).names()).containsExactlyInAnyOrder(
                "site.ATL.name", "site.ATL.attention", "site.ATL.address.lines", "site.ATL.city", "site.ATL.state",
                "site.ATL.postal.code", "site.ATL.country", "site.ATL.phone", "site.ATL.email", "site.ATL.account",
                "site.ATL.time.zone", "site.ATL.default.contact.phone", "site.ATL.inbound.labels",
                "site.ATL.address.policy", "site.ATL.changed.order.policy");
        Map<String, String> props = TestOrders.config();
        props.put("topics", "x3.orders");
        assertThat(PlanningConfig.from(props).sites()).hasSize(3);
    }

    private static List<String> errors(List<ConfigValue> values, String key) {
        return values.stream().filter(v -> v.name().equals(key)).findFirst().orElseThrow().errorMessages();
    }
}
