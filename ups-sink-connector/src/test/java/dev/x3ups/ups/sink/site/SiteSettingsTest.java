package dev.x3ups.ups.sink.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.x3ups.ups.sink.planning.TestOrders;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigException;
import org.junit.jupiter.api.Test;

class SiteSettingsTest {

    @Test
    void readsASiteIntoAFittedParty() {
        Map<String, String> props = TestOrders.config();
        props.put("site.ATL.address.lines", "1200 Fulton Industrial Blvd SW | Building C, Dock Door 14 and 15 North Side");
        props.put("site.ATL.attention", "Shipping Office");
        props.put("site.ATL.email", "shipping@atl.example");

        ShippingSite site = SiteSettings.parse("ATL", SiteSettings.definitions(List.of("ATL")).parse(props));

        assertThat(site.code()).isEqualTo("ATL");
        assertThat(site.account()).isEqualTo("A1T001");
        assertThat(site.party().name()).isEqualTo("Atlanta Distribution Center");
        assertThat(site.party().attentionName()).isEqualTo("Shipping Office");
        assertThat(site.party().email()).isEqualTo("shipping@atl.example");
        assertThat(site.party().phone()).isEqualTo("4045550100");
        assertThat(site.party().address().lines())
                .containsExactly("1200 Fulton Industrial Blvd SW", "Building C, Dock Door 14 and 15", "North Side");
        assertThat(site.party().address().stateProvince()).isEqualTo("GA");
        assertThat(site.party().address().postalCode()).isEqualTo("30336");
    }

    @Test
    void definesTheKeysOfEachSiteInItsOwnGroup() {
        ConfigDef def = SiteSettings.definitions(List.of("ATL", "MIS"));

        assertThat(def.names()).hasSize(28).contains("site.MIS.postal.code", "site.ATL.account", "site.ATL.changed.order.policy",
                "site.MIS.default.contact.phone", "site.MIS.inbound.labels");
        assertThat(def.configKeys().get("site.MIS.city").group).isEqualTo("Ship-from site MIS");
    }

    @Test
    void inboundLabelsAreEmailedUnlessTheSitePrintsThem() {
        Map<String, String> props = TestOrders.config();
        assertThat(SiteSettings.parse("MIS", SiteSettings.definitions(List.of("MIS")).parse(props)).inboundLabels())
                .isEqualTo(InboundLabels.EMAIL);
        props.put("site.MIS.inbound.labels", "print");
        assertThat(SiteSettings.parse("MIS", SiteSettings.definitions(List.of("MIS")).parse(props)).inboundLabels())
                .isEqualTo(InboundLabels.PRINT);
        props.put("site.MIS.inbound.labels", "FAX");
        assertThatThrownBy(() -> SiteSettings.definitions(List.of("MIS")).parse(props))
                .hasMessageContaining("site.MIS.inbound.labels");
    }

    @Test
    void aSiteUpsWouldRefuseIsAConfigErrorOnTheKeyAtFault() {
        Map<String, String> props = TestOrders.config();
        props.put("site.MIS.state", "");

        assertThatThrownBy(() -> SiteSettings.parse("MIS", SiteSettings.definitions(List.of("MIS")).parse(props)))
                .isInstanceOf(ConfigException.class)
                .hasMessage("Invalid value  for configuration site.MIS.state: site.MIS.state is missing; UPS requires"
                        + " the province for CA addresses");
    }
}
