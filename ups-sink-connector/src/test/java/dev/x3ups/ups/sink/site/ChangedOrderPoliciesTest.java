package dev.x3ups.ups.sink.site;

import static org.assertj.core.api.Assertions.assertThat;

import dev.x3ups.ups.sink.config.UpsSinkConfig;
import dev.x3ups.ups.sink.planning.TestOrders;
import java.util.Map;
import java.util.function.Function;
import org.apache.kafka.common.config.ConfigValue;
import org.junit.jupiter.api.Test;

class ChangedOrderPoliciesTest {

    @Test
    void aSiteSettingOverridesTheConnectorDefault() {
        Map<String, String> props = TestOrders.config();
        props.put("site.ATL.changed.order.policy", " reship_before_pickup ");

        Function<String, ChangedOrderPolicy> policies = ChangedOrderPolicies.from(props, ChangedOrderPolicy.REPORT);

        assertThat(policies.apply("ATL")).isEqualTo(ChangedOrderPolicy.RESHIP_BEFORE_PICKUP);
        assertThat(policies.apply("RNO")).isEqualTo(ChangedOrderPolicy.REPORT);
        assertThat(policies.apply("ELSEWHERE")).isEqualTo(ChangedOrderPolicy.REPORT);
        assertThat(policies.apply(null)).isEqualTo(ChangedOrderPolicy.REPORT);
    }

    @Test
    void theConnectorDefaultIsReportAndCanBeChanged() {
        Map<String, String> props = TestOrders.config();
        props.putAll(Map.of("ups.base.url", "http://127.0.0.1:9", "ups.client.id", "id", "ups.client.secret", "secret",
                "ledger.bootstrap.servers", "127.0.0.1:9"));
        props.put("site.RNO.changed.order.policy", "REPORT");
        assertThat(new UpsSinkConfig(props).changedOrderPolicies().apply("ATL")).isEqualTo(ChangedOrderPolicy.REPORT);

        props.put(UpsSinkConfig.CHANGED_ORDER_POLICY_CONFIG, "RESHIP_BEFORE_PICKUP");
        Function<String, ChangedOrderPolicy> policies = new UpsSinkConfig(props).changedOrderPolicies();

        assertThat(policies.apply("ATL")).isEqualTo(ChangedOrderPolicy.RESHIP_BEFORE_PICKUP);
        assertThat(policies.apply("RNO")).isEqualTo(ChangedOrderPolicy.REPORT);
    }

    @Test
    void anUnknownPolicyIsReportedOnItsKey() {
        Map<String, String> props = TestOrders.config();
        props.put("site.ATL.changed.order.policy", "VOID");

        assertThat(SiteConfig.validate(props)).filteredOn(v -> v.name().equals("site.ATL.changed.order.policy"))
                .singleElement().extracting(ConfigValue::errorMessages).asString()
                .contains("REPORT or RESHIP_BEFORE_PICKUP");
    }
}
