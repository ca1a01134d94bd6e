package dev.x3ups.it.tracking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.x3ups.it.harness.CapturedLog;
import dev.x3ups.it.harness.ConnectCluster;
import dev.x3ups.it.harness.ConnectIT;
import dev.x3ups.it.harness.ConnectorAwait;
import dev.x3ups.it.harness.TestNames;
import dev.x3ups.records.SubscriptionState;
import dev.x3ups.records.TrackingEvent;
import dev.x3ups.records.TrackingSource;
import dev.x3ups.ups.simulator.ApiEndpoint;
import dev.x3ups.ups.simulator.UpsSimulator;
import dev.x3ups.ups.simulator.alert.DeliveryBehaviour;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The UPS tracking source on the shared in-process broker and Connect worker, fed by the UPS simulator. */
@ConnectIT
class TrackingSourceIT {

    @Test
    void webhookEventsLandWithOrderKeysDedupedAndInOrderWithOAuth2(ConnectCluster cluster, TestNames names,
                                                                    CapturedLog log) {
        try (TrackingRun run = TrackingRun.start(cluster, names, UpsSimulator.builder().webhookConcurrency(1))) {
            run.ups.trackAlert().setBehaviour(DeliveryBehaviour.reliable().withDuplicateRate(0.3)
                    .withLatePhotoRate(1.0).withPhotoDelay(Duration.ofMillis(100)));
            Map<String, String> shipped = run.ship(8);
            run.writeLedger(shipped, SubscriptionState.ACTIVE);
            run.create(run.config(true));
            run.registerV2Webhook();
            run.api.subscribe(List.copyOf(shipped.values()), null, null);

            run.ups.advanceClock(Duration.ofDays(10));
            Map<String, List<TrackingEvent>> byPackage = run.awaitDelivered(shipped, Duration.ofSeconds(60));

            assertWellFormed(shipped, byPackage, TrackingSource.WEBHOOK);
            assertThat(run.ups.trackAlert().stats().duplicated()).as("the simulator did send duplicates").isPositive();
            assertThat(run.ups.trackAlert().stats().failed()).isZero();
            ConnectorAwait.untilRunning(cluster.rest(), run.connector, 1);
            assertThat(log.text()).doesNotContain(TrackingRun.HOOK_SECRET).doesNotContain(SimulatedUps.CLIENT_SECRET);
        }
    }

    @Test
    void webhookEventsLandWithTheV1CredentialHeader(ConnectCluster cluster, TestNames names, CapturedLog log) {
        try (TrackingRun run = TrackingRun.start(cluster, names, UpsSimulator.builder().webhookConcurrency(1))) {
            run.ups.trackAlert().setBehaviour(DeliveryBehaviour.reliable().withDuplicateRate(0.3));
            Map<String, String> shipped = run.ship(6);
            run.writeLedger(shipped, SubscriptionState.ACTIVE);
            run.create(run.config(false));
            run.api.subscribe(List.copyOf(shipped.values()), run.eventsUrl(), TrackingRun.V1_CREDENTIAL);

            run.ups.advanceClock(Duration.ofDays(10));
            Map<String, List<TrackingEvent>> byPackage = run.awaitDelivered(shipped, Duration.ofSeconds(60));

            assertWellFormed(shipped, byPackage, TrackingSource.WEBHOOK);
            assertThat(run.ups.trackAlert().stats().failed()).isZero();
            assertThat(log.text()).doesNotContain(TrackingRun.V1_CREDENTIAL);
        }
    }

    @Test
    void droppedWebhooksAreCaughtByTrackPolling(ConnectCluster cluster, TestNames names) {
        try (TrackingRun run = TrackingRun.start(cluster, names, UpsSimulator.builder().webhookConcurrency(1))) {
            run.ups.trackAlert().setBehaviour(DeliveryBehaviour.reliable().withDropRate(0.2));
            Map<String, String> shipped = run.ship(40);
            run.writeLedger(shipped, SubscriptionState.ACTIVE);
            Map<String, String> config = run.config(true);
            config.put("reconcile.stale.after.ms", "3000");
            run.create(config);
            run.registerV2Webhook();
            run.api.subscribe(List.copyOf(shipped.values()), null, null);

            run.ups.advanceClock(Duration.ofDays(10));
            Map<String, List<TrackingEvent>> byPackage = run.awaitDelivered(shipped, Duration.ofSeconds(90));

            // Track polling may finish before the simulator's single webhook sender has reached a drop
            await("the simulator dropped webhooks").atMost(Duration.ofSeconds(60))
                    .until(() -> run.ups.trackAlert().stats().dropped() > 0);
            assertWellFormed(shipped, byPackage, null);
            // the simulator's draws are seeded: some deliveries are among the dropped, Track brought them
            assertThat(run.ups.counters().count(ApiEndpoint.TRACK)).isPositive();
            assertThat(byPackage.values().stream().flatMap(List::stream))
                    .anyMatch(e -> "D".equals(e.statusType()) && e.source() == TrackingSource.TRACK_API);
        }
    }

    @Test
    void quantumViewAloneDeliversWhenTrackAlertIsUnavailable(ConnectCluster cluster, TestNames names) {
        try (TrackingRun run = TrackingRun.start(cluster, names, UpsSimulator.builder())) {
            run.ups.trackAlert().setAvailable(false);
            Map<String, String> shipped = run.ship(8);
            run.writeLedger(shipped, SubscriptionState.UNAVAILABLE);
            Map<String, String> config = run.config(true);
            config.put("quantumview.mode", "AUTO");
            config.put("quantumview.subscription", "OutboundXML");
            config.put("quantumview.poll.interval.ms", "500");
            config.put("reconcile.interval.ms", "500");
            run.create(config);

            // half a day at a time, each step polled before the next: Quantum View keeps only 7 days
            for (int step = 0; step < 20; step++) {
                long polls = run.ups.counters().count(ApiEndpoint.QUANTUM_VIEW);
                run.ups.advanceClock(Duration.ofHours(12));
                await().atMost(Duration.ofSeconds(20))
                        .until(() -> run.ups.counters().count(ApiEndpoint.QUANTUM_VIEW) > polls);
            }
            Map<String, List<TrackingEvent>> byPackage = run.awaitDelivered(shipped, Duration.ofSeconds(60));

            assertWellFormed(shipped, byPackage, TrackingSource.QUANTUM_VIEW);
            assertThat(run.ups.counters().count(ApiEndpoint.TRACK)).isZero();
            assertThat(run.ups.trackAlert().stats().delivered()).isZero();
        }
    }

    @Test
    void aRestartMidStreamLosesNothingAndEmitsNothingTwice(ConnectCluster cluster, TestNames names) {
        try (TrackingRun run = TrackingRun.start(cluster, names, UpsSimulator.builder().webhookConcurrency(1))) {
            run.ups.trackAlert().setBehaviour(DeliveryBehaviour.reliable().withDuplicateRate(0.3));
            Map<String, String> shipped = run.ship(10);
            run.writeLedger(shipped, SubscriptionState.ACTIVE);
            Map<String, String> config = run.config(true);
            config.put("reconcile.stale.after.ms", "3000");
            run.create(config);
            run.registerV2Webhook();
            run.api.subscribe(List.copyOf(shipped.values()), null, null);

            run.ups.advanceClock(Duration.ofDays(1));
            await().atMost(Duration.ofSeconds(30)).until(() -> run.events().size() >= shipped.size());
            cluster.rest().restart(run.connector, true, false).orThrow();
            ConnectorAwait.untilRunning(cluster.rest(), run.connector, 1);
            // Track polling re-reads every history after the restart: offsets must keep it from re-emitting
            run.ups.advanceClock(Duration.ofDays(9));
            Map<String, List<TrackingEvent>> byPackage = run.awaitDelivered(shipped, Duration.ofSeconds(90));

            assertWellFormed(shipped, byPackage, null);
        }
    }

    /** Order keys on every event, no scan twice, GMT order per package, a final delivery for each. */
    private static void assertWellFormed(Map<String, String> shipped, Map<String, List<TrackingEvent>> byPackage,
                                         TrackingSource onlySource) {
        shipped.forEach((orderKey, tn) -> {
            List<TrackingEvent> events = byPackage.get(tn);
            assertThat(events).as(tn).isNotEmpty();
            Set<List<Object>> scans = new HashSet<>();
            List<java.time.Instant> times = new ArrayList<>();
            for (TrackingEvent e : events) {
                assertThat(e.orderKey()).as("order key of " + tn).isEqualTo(orderKey);
                assertThat(scans.add(List.of(e.statusType(), String.valueOf(e.statusCode()), e.activityTime())))
                        .as("scan emitted once: " + e).isTrue();
                times.add(e.activityTime());
                if (onlySource != null) {
                    assertThat(e.source()).isEqualTo(onlySource);
                }
            }
            assertThat(times).as("GMT order of " + tn).isSorted();
            assertThat(events.get(events.size() - 1).statusType()).as("last status of " + tn).isEqualTo("D");
            assertThat(events.stream().filter(e -> "D".equals(e.statusType()))).as("one delivery of " + tn)
                    .hasSize(1);
        });
    }
}
