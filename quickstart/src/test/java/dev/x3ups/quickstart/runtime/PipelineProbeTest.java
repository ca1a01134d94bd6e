package dev.x3ups.quickstart.runtime;

import dev.x3ups.quickstart.orders.OrderRef;
import dev.x3ups.quickstart.pipeline.TopicTally;
import dev.x3ups.quickstart.progress.ProgressSnapshot;
import dev.x3ups.quickstart.summary.LabelView;
import dev.x3ups.quickstart.summary.RunAssessor;
import dev.x3ups.quickstart.summary.UpsView;
import dev.x3ups.quickstart.summary.WriteBack;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class PipelineProbeTest {

    private static final UpsView NO_UPS = new UpsView() {
        @Override
        public int created(String reference) {
            return 1;
        }

        @Override
        public int live(String reference) {
            return 1;
        }

        @Override
        public Journey journey(List<String> trackingNumbers) {
            return Journey.MOVING;
        }
    };

    @Test
    void snapshotCombinesTopicsWriteBacksAndOrders() {
        TopicTally topics = new TopicTally();
        topics.accept("x3.orders", "SEED:SALES:SO000001", "{}");
        topics.accept("x3.orders", "SEED:SALES:SO000002", "{}");
        topics.accept("ups.shipments", "SEED:SALES:SO000001", "{\"orderKey\":\"SEED:SALES:SO000001\",\"state\":\"CREATED\","
                + "\"reference\":\"SEED:SALES:SO000001\",\"trackingNumbers\":[\"1ZA\"],\"subscriptionState\":\"ACTIVE\"}");
        topics.accept("ups.shipments", "SEED:SALES:SO000002", "{\"orderKey\":\"SEED:SALES:SO000002\",\"state\":\"FAILED\","
                + "\"failureMessage\":\"Missing state\",\"trackingNumbers\":[]}");
        topics.accept("ups.tracking", "1ZA", "{\"statusType\":\"D\",\"exception\":false}");
        List<OrderRef> orders = List.of(new OrderRef(OrderRef.Kind.SALES, "SO000001", false),
                new OrderRef(OrderRef.Kind.SALES, "SO000002", true), new OrderRef(OrderRef.Kind.PURCHASE, "PO000001", false));
        Map<String, WriteBack> x3 = Map.of(
                "SO000001", new WriteBack("SO000001", "D", false, null, List.of("1ZA")),
                "SO000002", new WriteBack("SO000002", "", true, "Missing state", List.of()));

        PipelineProbe probe = new PipelineProbe(() -> orders, topics, () -> x3, () -> 7, new RunAssessor("SEED", NO_UPS, new LabelView("1ZA"::equals, n -> false)), () -> 4);

        assertThat(probe.snapshot()).isEqualTo(new ProgressSnapshot(3, 2, 1, 1, 1, 1, 0, 7, 1, 1, 4));
        assertThat(probe.state().summary(1).labelsPrinted()).isEqualTo(1);
        assertThat(probe.state().summary(1).unlabelled()).isZero();
        assertThat(probe.state().open()).extracting(OrderRef::number).containsExactly("PO000001");
    }
}
