package dev.x3ups.ups.tracking.events;

import static dev.x3ups.ups.tracking.events.TestEvents.event;
import static org.assertj.core.api.Assertions.assertThat;

import dev.x3ups.records.ShipmentLedgerEntry;
import dev.x3ups.records.ShipmentState;
import dev.x3ups.records.SubscriptionState;
import dev.x3ups.ups.tracking.ledger.LedgerView;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class OrderKeyResolverTest {
    private final LedgerView ledger = new LedgerView();
    private final OrderKeyResolver resolver = new OrderKeyResolver(ledger, 1_000);

    static ShipmentLedgerEntry created(String orderKey, String... trackingNumbers) {
        return ShipmentLedgerEntry.builder().orderKey(orderKey).state(ShipmentState.CREATED)
                .orderRevision(Instant.EPOCH).orderDigest("d").reference(orderKey).shipmentId("SID")
                .trackingNumbers(trackingNumbers).serviceCode("03").subscriptionState(SubscriptionState.ACTIVE)
                .updatedAt(Instant.EPOCH).build();
    }

    @Test
    void findsTheOrderByTrackingNumber() {
        ledger.apply("SEED:SALES:1", created("SEED:SALES:1", "1ZA"));
        ObservedEvent observed = ObservedEvent.webhook(event("1ZA", "I", "OR", 1), Acknowledgement.waiting(0));
        assertThat(resolver.resolve(observed, 0)).isEqualTo(new OrderKeyResolver.Known("SEED:SALES:1"));
    }

    @Test
    void findsTheOrderByAnEchoedReference() {
        ledger.apply("SEED:SALES:2", created("SEED:SALES:2"));
        ObservedEvent observed = ObservedEvent.reconciled(event("1ZB", "M", "MP", 1), List.of("SEED:SALES:2"), 0);
        assertThat(resolver.resolve(observed, 0)).isEqualTo(new OrderKeyResolver.Known("SEED:SALES:2"));
    }

    @Test
    void waitsForTheLedgerThenGivesUp() {
        ObservedEvent observed = ObservedEvent.webhook(event("1ZC", "I", "OR", 1), Acknowledgement.waiting(100));
        assertThat(resolver.resolve(observed, 500)).isInstanceOf(OrderKeyResolver.Wait.class);
        ledger.apply("SEED:SALES:3", created("SEED:SALES:3", "1ZC"));
        assertThat(resolver.resolve(observed, 600)).isEqualTo(new OrderKeyResolver.Known("SEED:SALES:3"));
        ObservedEvent stranger = ObservedEvent.webhook(event("1ZD", "I", "OR", 1), Acknowledgement.waiting(100));
        assertThat(resolver.resolve(stranger, 1_100)).isInstanceOf(OrderKeyResolver.Unknown.class);
    }
}
