package dev.x3ups.embedded.connectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PipelineConfigsTest {

    private static final X3Connection X3 = new X3Connection("http://x3:1", "SEED", X3Login.basic("ws", "x3-pass"));
    private static final UpsConnection UPS = new UpsConnection("http://ups:2", "ups-client", "ups-secret");
    private static final TrackAlertListener LISTENER = new TrackAlertListener(4321, "hook-client", "hook-secret");

    @Test
    void x3SourceReadsX3WithBasicLoginIntoTheOrdersTopic() {
        assertThat(PipelineConfigs.x3Source(X3, "orders").build()).containsOnly(
                entry("connector.class", "dev.x3ups.x3.source.X3SourceConnector"),
                entry("tasks.max", "1"),
                entry("key.converter", "org.apache.kafka.connect.storage.StringConverter"),
                entry("value.converter", "org.apache.kafka.connect.json.JsonConverter"),
                entry("value.converter.schemas.enable", "true"),
                entry("x3.url", "http://x3:1"),
                entry("x3.endpoint", "SEED"),
                entry("x3.auth.mode", "BASIC"),
                entry("x3.username", "ws"),
                entry("x3.password", "x3-pass"),
                entry("topic", "orders"));
    }

    @Test
    void eachX3LoginBringsOnlyTheKeysOfItsMode() {
        Map<String, String> jwt = PipelineConfigs.x3Source(
                new X3Connection("http://x3:1", "SEED", X3Login.jwt("ws", "app", "app-secret")), "orders").build();
        Map<String, String> clientCredentials = PipelineConfigs.x3Sink(new X3Connection("http://x3:1", "SEED",
                X3Login.clientCredentials("http://x3:1/v1/token", "cloud", "cloud-secret")), "ledger", "tracking")
                .build();
        Map<String, String> cloud = PipelineConfigs.x3Source(new X3Connection("http://x3:1", "SEED",
                X3Login.refreshToken("ws", "http://x3:1/v1/token", "cloud", "cloud-secret", "rt", "/tmp/rt")),
                "orders").build();

        assertThat(jwt).containsEntry("x3.auth.mode", "JWT").containsEntry("x3.username", "ws")
                .containsEntry("x3.client.id", "app").containsEntry("x3.client.secret", "app-secret")
                .doesNotContainKey("x3.password");
        assertThat(clientCredentials).containsEntry("x3.auth.mode", "CLIENT_CREDENTIALS")
                .containsEntry("x3.token.url", "http://x3:1/v1/token").containsEntry("x3.client.id", "cloud")
                .doesNotContainKeys("x3.username", "x3.password");
        assertThat(cloud).containsEntry("x3.auth.mode", "REFRESH_TOKEN").containsEntry("x3.refresh.token", "rt")
                .containsEntry("x3.refresh.token.file", "/tmp/rt").containsEntry("x3.username", "ws")
                .doesNotContainKey("x3.password");
    }

    @Test
    void upsSinkShipsOrdersIntoTheLedgerFromTheGivenSites() {
        Map<String, String> c = PipelineConfigs.upsSink(UPS, "orders", "ledger", "k:9092")
                .with(ShipFromSite.settings("A1B2C3", ShipFromSite.ATLANTA, ShipFromSite.MISSISSAUGA)).build();

        assertThat(c).containsEntry("connector.class", "dev.x3ups.ups.sink.UpsSinkConnector")
                .containsEntry("topics", "orders").containsEntry("ledger.topic", "ledger")
                .containsEntry("ledger.bootstrap.servers", "k:9092").containsEntry("ups.base.url", "http://ups:2")
                .containsEntry("ups.client.id", "ups-client").containsEntry("ups.client.secret", "ups-secret")
                .containsEntry("sites", "ATL,MIS").containsEntry("site.MIS.postal.code", "L5W 1W2")
                .containsEntry("site.MIS.country", "CA").containsEntry("site.ATL.phone", "+1 404-555-0100")
                .containsEntry("site.ATL.account", "A1B2C3").containsEntry("site.MIS.time.zone", "America/Toronto")
                .doesNotContainKey("site.RNO.name");
    }

    @Test
    void trackingSourceListensOnLoopbackAndReadsTheLedger() {
        Map<String, String> c = PipelineConfigs.trackingSource(UPS, LISTENER, "tracking", "ledger", "k:9092").build();

        assertThat(c).containsEntry("connector.class", "dev.x3ups.ups.tracking.UpsTrackingSourceConnector")
                .containsEntry("topic", "tracking").containsEntry("ledger.topic", "ledger")
                .containsEntry("ledger.bootstrap.servers", "k:9092").containsEntry("ups.client.id", "ups-client")
                .containsEntry("listener.bind.address", "127.0.0.1").containsEntry("listener.port", "4321")
                .containsEntry("webhook.auth", "OAUTH2").containsEntry("webhook.client.id", "hook-client")
                .containsEntry("webhook.client.secret", "hook-secret");
    }

    @Test
    void x3SinkWritesBothTopicsBackThroughApi1() {
        Map<String, String> c = PipelineConfigs.x3Sink(X3, "ledger", "tracking").build();

        assertThat(c).containsEntry("connector.class", "dev.x3ups.x3.sink.X3SinkConnector")
                .containsEntry("topics", "ledger,tracking").containsEntry("x3.shipments.topic", "ledger")
                .containsEntry("x3.tracking.topic", "tracking").containsEntry("x3.target", "API1")
                .containsEntry("x3.password", "x3-pass");
    }

    @Test
    void aSiteCanShipUnderAnotherPhone() {
        assertThat(ShipFromSite.settings("ACC", ShipFromSite.RENO.withPhone("+1 555-555-0100")))
                .containsEntry("site.RNO.phone", "+1 555-555-0100").containsEntry("site.RNO.city", "Reno")
                .containsEntry("site.RNO.time.zone", "America/Los_Angeles");
    }

    @Test
    void noValueObjectShowsItsSecretInToString() {
        X3Connection jwt = new X3Connection("http://x3:1", "SEED", X3Login.jwt("ws", "app", "app-secret"));
        List<String> shown = List.of(X3.toString(), jwt.toString(), UPS.toString(), LISTENER.toString(),
                PipelineConfigs.x3Source(X3, "orders").toString(),
                X3Login.refreshToken("ws", "http://t", "cloud", "cloud-secret", "refresh-me", "/f").toString());

        assertThat(shown).noneMatch(s -> s.contains("x3-pass") || s.contains("app-secret") || s.contains("ups-secret")
                || s.contains("hook-secret") || s.contains("cloud-secret") || s.contains("refresh-me"));
        assertThat(UPS.toString()).contains("http://ups:2", "ups-client");
        assertThat(jwt.toString()).contains("JWT");
    }
}
