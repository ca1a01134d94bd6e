package dev.x3ups.ups.sink.planning;

import static dev.x3ups.ups.sink.planning.TestOrders.customerUs;
import static dev.x3ups.ups.sink.planning.TestOrders.oneKilo;
import static dev.x3ups.ups.sink.planning.TestOrders.purchase;
import static dev.x3ups.ups.sink.planning.TestOrders.receivingReno;
import static dev.x3ups.ups.sink.planning.TestOrders.sales;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.x3ups.ups.client.address.AddressCheck;
import dev.x3ups.ups.client.address.AddressClassification;
import dev.x3ups.ups.client.address.AddressVerdict;
import dev.x3ups.ups.sink.addresscheck.AddressHeldException;
import dev.x3ups.ups.sink.addresscheck.FakeAddressLookup;
import dev.x3ups.ups.sink.addresscheck.ShipToCheck;
import dev.x3ups.ups.sink.metrics.SinkMetrics;
import dev.x3ups.ups.sink.service.RateQuoter;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AddressCheckedPlanTest {
    private final FakeAddressLookup ups = new FakeAddressLookup();

    private OrderShipmentPlanner planner(Map<String, String> props) {
        PlanningConfig config = PlanningConfig.from(props);
        return OrderShipmentPlanner.create(config, (RateQuoter) null).withAddressCheck(
                ShipToCheck.create(config.addressChecks(), ups, new SinkMetrics(), Clock.systemUTC()));
    }

    @Test
    void theSiteClassifiesTheShipToAndTheLedgerNotesSayWhatWasSent() throws Exception {
        Map<String, String> props = TestOrders.config();
        props.put("site.ATL.address.policy", "CLASSIFY");
        ups.answer("123 Main St", FakeAddressLookup.classified(AddressClassification.COMMERCIAL));

        ShipmentPlan atl = planner(props).plan(sales("ATL", customerUs(), "UGND", oneKilo())).get();
        ShipmentPlan rno = planner(props).plan(sales("RNO", customerUs(), "UGND", oneKilo())).get();

        assertThat(atl.request().shipTo().address().residential()).isFalse();
        assertThat(atl.notes()).isEqualTo("UPS classifies the ship-to commercial (X3: residential); sent as commercial");
        assertThat(atl.request().serviceCode()).isEqualTo("03");
        assertThat(rno.request().shipTo().address().residential()).isTrue();
        assertThat(rno.notes()).isNull();
        assertThat(ups.calls).containsExactly("classify 123 Main St");
    }

    @Test
    void validateFailsThePlanWithTheHoldAndInboundOrdersAreNeverChecked() throws Exception {
        Map<String, String> props = TestOrders.config();
        props.put("address.policy", "VALIDATE");
        props.put("site.RNO.inbound.labels", "PRINT");
        ups.answer("123 Main St", new AddressCheck(AddressVerdict.NO_CANDIDATES, AddressClassification.UNKNOWN, List.of()));

        assertThatThrownBy(() -> planner(props).plan(sales("ATL", customerUs(), "UGND", oneKilo())).get())
                .cause().isInstanceOf(AddressHeldException.class);
        planner(props).plan(purchase("RNO", TestOrders.address("Acme Supply", "Sales", "Reno", "NV", "89502", "US",
                "1 Supply Rd"), receivingReno(), oneKilo())).get();
        assertThat(ups.calls).containsExactly("validate 123 Main St");
    }
}
