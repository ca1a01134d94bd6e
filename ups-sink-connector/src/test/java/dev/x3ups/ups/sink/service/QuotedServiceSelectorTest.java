package dev.x3ups.ups.sink.service;

import static dev.x3ups.ups.sink.planning.TestOrders.customerUs;
import static dev.x3ups.ups.sink.planning.TestOrders.oneKilo;
import static dev.x3ups.ups.sink.planning.TestOrders.sales;
import static dev.x3ups.ups.sink.service.FakeQuoter.rated;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.x3ups.records.Order;
import dev.x3ups.ups.client.UpsError;
import dev.x3ups.ups.client.UpsRejectedException;
import dev.x3ups.ups.client.UpsUnavailableException;
import dev.x3ups.ups.client.ship.ShipmentSpec;
import dev.x3ups.ups.sink.planning.OrderShipmentPlanner;
import dev.x3ups.ups.sink.planning.PlanningConfig;
import dev.x3ups.ups.sink.planning.TestOrders;
import dev.x3ups.ups.sink.planning.UnshippableOrderException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

class QuotedServiceSelectorTest {
    private final Order order = sales("ATL", customerUs(), "UGND", oneKilo());
    private final FakeQuoter quoter = new FakeQuoter();

    @Test
    void shopTakesTheCheapestAllowedPreferringNegotiatedCharges() throws Exception {
        quoter.shopAnswer.complete(List.of(rated("03", "15.00", "9.00"), rated("12", "10.00", null),
                rated("11", "1.00", null)));

        CompletableFuture<String> chosen = new QuotedServiceSelector(quoter, true, List.of("03", "12")).select(order, draft());

        assertThat(chosen).isCompletedWithValue("03");
    }

    @Test
    void shopWithoutAllowedListTakesAnyService() {
        quoter.shopAnswer.complete(List.of(rated("03", "15.00", null), rated("11", "1.00", null)));

        assertThat(new QuotedServiceSelector(quoter, true, List.of()).select(order, draft())).isCompletedWithValue("11");
    }

    @Test
    void equalPricesGoToTheFasterService() {
        quoter.shopAnswer.complete(List.of(rated("03", "10.00", null), rated("12", "10.00", null),
                rated("02", "10.00", null)));

        assertThat(new QuotedServiceSelector(quoter, true, List.of()).select(order, draft())).isCompletedWithValue("02");
    }

    @Test
    void noAllowedServiceRatedIsUnshippable() {
        quoter.shopAnswer.complete(List.of(rated("11", "1.00", null)));

        assertThat(new QuotedServiceSelector(quoter, true, List.of("01")).select(order, draft()))
                .failsWithin(Duration.ZERO).withThrowableThat().havingCause()
                .isInstanceOf(UnshippableOrderException.class)
                .withMessage("UPS rates none of the allowed services [01] from US to US for this shipment");
    }

    @Test
    void rateAsksPerServiceAndSkipsRefusedOnes() {
        quoter.rates.put("01", CompletableFuture.completedFuture(List.of(rated("01", "30.00", null))));
        quoter.rates.put("02", CompletableFuture.failedFuture(rejected()));

        assertThat(new QuotedServiceSelector(quoter, false, List.of("01", "02")).select(order, draft()))
                .isCompletedWithValue("01");
        assertThat(quoter.rated).extracting(ShipmentSpec::serviceCode).containsExactly("01", "02");
    }

    @Test
    void aTransientRatingFailureFailsThePlanForARetry() {
        quoter.rates.put("01", CompletableFuture.completedFuture(List.of(rated("01", "30.00", null))));
        UpsUnavailableException outage = new UpsUnavailableException("rate", 503, List.of(), null);
        quoter.rates.put("02", CompletableFuture.failedFuture(outage));

        assertThat(new QuotedServiceSelector(quoter, false, List.of("01", "02")).select(order, draft()))
                .failsWithin(Duration.ZERO).withThrowableThat().havingCause().isSameAs(outage);
    }

    @Test
    void rateNeedsServices() {
        assertThatThrownBy(() -> new QuotedServiceSelector(quoter, false, List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static UpsRejectedException rejected() {
        return new UpsRejectedException("rate", 400, List.of(new UpsError("111210", "service unavailable")), null);
    }

    /** The planned request (its mapped service is replaced by the selector's choice). */
    private ShipmentSpec draft() {
        return OrderShipmentPlanner.create(PlanningConfig.from(TestOrders.config()), (RateQuoter) null).plan(order)
                .join().request();
    }
}
