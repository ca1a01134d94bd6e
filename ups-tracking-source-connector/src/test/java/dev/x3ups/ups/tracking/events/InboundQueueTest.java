package dev.x3ups.ups.tracking.events;

import static dev.x3ups.ups.tracking.events.TestEvents.event;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

class InboundQueueTest {

    private static ObservedEvent webhook(String tn) {
        return ObservedEvent.webhook(event(tn, "I", "OR", 1), Acknowledgement.none());
    }

    @Test
    void refusesWebhooksBeyondItsCapacity() {
        InboundQueue queue = new InboundQueue(2);
        assertThat(queue.offerWebhook(webhook("1ZA"))).isTrue();
        assertThat(queue.offerWebhook(webhook("1ZB"))).isTrue();
        assertThat(queue.offerWebhook(webhook("1ZC"))).isFalse();
        assertThat(queue.webhookDepth()).isEqualTo(2);
    }

    @Test
    void reconciledEventsDoNotTakeWebhookRoomAndDrainFirst() throws Exception {
        InboundQueue queue = new InboundQueue(1);
        queue.addReconciled(List.of(ObservedEvent.reconciled(event("1ZR", "D", "FS", 1), List.of(), 0)));
        assertThat(queue.offerWebhook(webhook("1ZA"))).isTrue();
        List<ObservedEvent> out = new ArrayList<>();
        assertThat(queue.drain(out, 10, 0)).isEqualTo(2);
        assertThat(out).extracting(o -> o.event().trackingNumber()).containsExactly("1ZR", "1ZA");
    }

    @Test
    void drainHonoursTheBatchSize() throws Exception {
        InboundQueue queue = new InboundQueue(10);
        for (int i = 0; i < 5; i++) {
            queue.offerWebhook(webhook("1Z" + i));
        }
        List<ObservedEvent> out = new ArrayList<>();
        assertThat(queue.drain(out, 3, 0)).isEqualTo(3);
        assertThat(queue.webhookDepth()).isEqualTo(2);
    }

    @Test
    void aWaitingDrainWakesWhenAnEventArrives() throws Exception {
        InboundQueue queue = new InboundQueue(10);
        List<ObservedEvent> out = new ArrayList<>();
        CompletableFuture<Integer> drained = CompletableFuture.supplyAsync(() -> {
            try {
                return queue.drain(out, 10, 10_000);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        org.awaitility.Awaitility.await().until(() -> {
            queue.offerWebhook(webhook("1ZA"));
            return drained.isDone();
        });
        assertThat(drained.get()).isPositive();
    }
}
