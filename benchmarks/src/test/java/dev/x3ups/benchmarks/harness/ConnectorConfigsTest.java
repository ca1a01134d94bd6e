package dev.x3ups.benchmarks.harness;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ConnectorConfigsTest {

    @Test
    void upsSinkShipsFromBothSitesWithTheAskedConcurrency() {
        Map<String, String> c = ConnectorConfigs.upsSink("http://ups", "orders", "ledger", "k:9092", 64, true);
        assertThat(c).containsEntry("connector.class", "dev.x3ups.ups.sink.UpsSinkConnector")
                .containsEntry("topics", "orders").containsEntry("ledger.topic", "ledger")
                .containsEntry("ledger.bootstrap.servers", "k:9092").containsEntry("ship.max.in.flight", "64")
                .containsEntry("subscription.enabled", "true").containsEntry("sites", "ATL,RNO")
                .containsEntry("site.RNO.state", "NV").containsEntry("site.ATL.account", ConnectorConfigs.UPS_ACCOUNT);
    }

    @Test
    void labelsAreZplToTheRunsTopicOrOffAndTheRestOfTheConfigStays() {
        Map<String, String> today = ConnectorConfigs.upsSink("http://ups", "orders", "ledger", "k:9092", 64, true);
        assertThat(today).doesNotContainKeys("labels.enabled", "label.format", "labels.topic");
        Map<String, String> on = ConnectorConfigs.withZplLabels(today, "labels-1");
        assertThat(on).containsEntry("labels.enabled", "true").containsEntry("label.format", "ZPL")
                .containsEntry("labels.topic", "labels-1").containsAllEntriesOf(today);
        Map<String, String> off = ConnectorConfigs.withoutLabels(today);
        assertThat(off).containsEntry("labels.enabled", "false").containsAllEntriesOf(today)
                .hasSize(today.size() + 1);
    }

    @Test
    void sourceReadsTheShippingFeedWithTheAskedPageSize() {
        Map<String, String> c = ConnectorConfigs.x3Source("http://x3", "orders", 500, 1000);
        assertThat(c).containsEntry("x3.sales.representation", "YSOSHIP").containsEntry("page.size", "500")
                .containsEntry("poll.interval.ms", "1000").containsEntry("x3.entities", "SALES");
    }

    @Test
    void trackingSourceListensOnLoopbackInTheAskedAckModeAndSinkReadsBothTopics() {
        Map<String, String> t = ConnectorConfigs.trackingSource("http://ups", 4321, "tracking", "ledger", "k", "received");
        assertThat(t).containsEntry("listener.port", "4321").containsEntry("listener.bind.address", "127.0.0.1")
                .containsEntry("ack.mode", "received").containsEntry("webhook.auth", "OAUTH2");
        Map<String, String> s = ConnectorConfigs.x3Sink("http://x3", "ledger", "tracking");
        assertThat(s).containsEntry("topics", "ledger,tracking").containsEntry("x3.shipments.topic", "ledger")
                .containsEntry("max.in.flight.orders", Integer.toString(ConnectorConfigs.X3_SINK_IN_FLIGHT));
    }
}
