package dev.x3ups.it.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import dev.x3ups.embedded.connect.ConnectWorker;
import dev.x3ups.embedded.kafka.FreePort;
import dev.x3ups.embedded.kafka.Isolation;
import dev.x3ups.it.harness.CapturedLog;
import dev.x3ups.it.harness.ConnectCluster;
import dev.x3ups.it.harness.ConnectIT;
import dev.x3ups.it.harness.ConnectorAwait;
import dev.x3ups.it.harness.DedicatedCluster;
import dev.x3ups.ups.simulator.ApiEndpoint;
import dev.x3ups.ups.simulator.UpsSimulator;
import dev.x3ups.ups.simulator.alert.DeliveryBehaviour;
import dev.x3ups.ups.simulator.alert.WebhookDestination;
import dev.x3ups.ups.simulator.fault.FaultSpec;
import dev.x3ups.x3.simulator.X3Simulator;
import dev.x3ups.x3.simulator.data.TrackingRecord;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.assertj.core.api.SoftAssertions;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.Test;

/**
 * The whole product on a two-worker Connect cluster loading the plugin archive, with both simulators faulty: 500
 * sales and purchase orders entered over time (5 % unshippable), 10 % of webhooks dropped, 5 % UPS 5xx on every
 * endpoint (a 5xx on ship is ambiguous and reconciled), 5 % X3 5xx — and one worker SIGKILLed mid-run. Every good
 * order must be shipped exactly once and reach Delivered in X3, every bad one must be flagged there with its reason
 * and be on the dead-letter queue, and no order may be lost.
 */
@ConnectIT
@DedicatedCluster(workers = 2, exactlyOnceSource = true, forkedWorkers = true, workerConfig = {
        // A crashed worker's tasks move after the session timeout plus the scheduled rebalance delay.
        "session.timeout.ms=6000", "heartbeat.interval.ms=1000", "scheduled.rebalance.max.delay.ms=5000",
        // Sink tasks are consumers of their own groups: the dead one must be noticed as fast.
        "consumer.session.timeout.ms=6000", "consumer.heartbeat.interval.ms=1000"})
class EndToEndFailoverIT {

    private static final int BATCHES = 20;
    private static final int SALES_PER_BATCH = 20;
    private static final int PURCHASES_PER_BATCH = 5;
    private static final double BAD_SHARE = 0.05;
    private static final Duration BATCH_EVERY = Duration.ofMillis(2500);
    /** One simulated day in ten seconds: a Ground timeline of up to a week ends in about a minute. */
    private static final double UPS_CLOCK_SPEED = 8640;
    private static final int SHIPMENTS_BEFORE_CRASH = 50;

    @Test
    void everyOrderIsShippedOnceAndWrittenBackThroughAWorkerCrash(ConnectCluster cluster, CapturedLog log) {
        Instant startedAt = Instant.now();
        ScheduledExecutorService clerk = Executors.newSingleThreadScheduledExecutor();
        try (X3Simulator x3 = X3Simulator.builder().port(0).salesOrders(0).purchaseOrders(0).seed(16).start();
             UpsSimulator ups = UpsSimulator.builder().port(0).accountNumber(Pipeline.UPS_ACCOUNT)
                     .clockSpeed(UPS_CLOCK_SPEED).exceptionShare(0).voidWindow(Duration.ofDays(60)).seed(16).start()) {
            try {
                run(cluster, log, startedAt, clerk, x3, ups);
            } finally {
                clerk.shutdownNow();
                stopConnectors(cluster); // before the simulators go, so no task retries against closed ports
            }
        }
    }

    private static void run(ConnectCluster cluster, CapturedLog log, Instant startedAt,
                            ScheduledExecutorService clerk, X3Simulator x3, UpsSimulator ups) {
        Pipeline pipeline = new Pipeline(x3.baseUrl(), ups.baseUrl(), cluster.bootstrapServers(), FreePort.find());
        createTopics(cluster);
        startConnectors(cluster, pipeline);
        ups.trackAlert().registerWebhook(Pipeline.UPS_CLIENT_ID, WebhookDestination.oauth(pipeline.webhookUrl(),
                pipeline.webhookTokenUrl(), Pipeline.HOOK_CLIENT_ID, Pipeline.HOOK_SECRET));
        injectFaults(x3, ups);

        OrderFeed feed = new OrderFeed(x3.admin(), 16);
        AtomicInteger batches = new AtomicInteger();
        clerk.scheduleAtFixedRate(() -> {
            if (batches.getAndIncrement() < BATCHES) {
                feed.createBatch(SALES_PER_BATCH, PURCHASES_PER_BATCH, BAD_SHARE);
            }
        }, 0, BATCH_EVERY.toMillis(), TimeUnit.MILLISECONDS);

        try {
            await("UPS holds " + SHIPMENTS_BEFORE_CRASH + " shipments").atMost(Duration.ofMinutes(2))
                    .pollInterval(Duration.ofMillis(500)).until(() -> ups.shipments().size() >= SHIPMENTS_BEFORE_CRASH);
        } catch (ConditionTimeoutException slow) {
            // A slow pipeline still gets its crash (the failover is tested either way); the assertions tell the rest.
            assertThat(ups.shipments().size()).as("shipments before the crash; " + x3Reads(x3)).isPositive();
            System.out.println("e2e: only " + ups.shipments().size() + " shipments for " + feed.created().size()
                    + " orders entered; " + x3Reads(x3));
        }
        crashBusiestWorker(cluster, outcome(feed, x3, ups, Set.of()));

        int total = BATCHES * (SALES_PER_BATCH + PURCHASES_PER_BATCH);
        await("all " + total + " orders entered in X3").atMost(Duration.ofMinutes(2))
                .pollInterval(Duration.ofMillis(500)).until(() -> feed.created().size() == total);
        try {
            await("every order delivered or flagged in X3").atMost(Duration.ofMinutes(4))
                    .pollInterval(Duration.ofSeconds(2)).until(() -> outcome(feed, x3, ups, Set.of()).settled());
        } catch (ConditionTimeoutException notSettled) {
            // the assertions below say which orders and how
        }

        RunOutcome outcome = outcome(feed, x3, ups, deadLetterKeys(cluster));
        System.out.println(outcome.summary(Duration.between(startedAt, Instant.now()),
                ups.trackAlert().stats().dropped()));
        // X3's data clock is the wall clock here: the newest row tells when the pipeline last wrote.
        x3.admin().writeBacks().stream().map(TrackingRecord::updated).max(Instant::compareTo).ifPresent(last ->
                System.out.println("e2e: last X3 write-back " + Duration.between(startedAt, last).toSeconds()
                        + " s after the start"));
        System.out.println("e2e: " + x3Reads(x3));
        SoftAssertions soft = new SoftAssertions();
        soft.assertThat(outcome.lost()).as("orders without a write-back row in X3").isEmpty();
        soft.assertThat(outcome.notShippedOnce()).as("orders not shipped exactly once (UPS created/live)").isEmpty();
        soft.assertThat(outcome.goodNotDelivered()).as("good orders not Delivered in X3").isEmpty();
        soft.assertThat(outcome.badNotFlagged()).as("bad orders not flagged with code and reason in X3").isEmpty();
        soft.assertThat(outcome.badNotDeadLettered()).as("bad orders missing from the UPS sink's DLQ").isEmpty();
        // the faults really happened, so the run proves something
        soft.assertThat(ups.trackAlert().stats().dropped()).as("webhooks dropped").isPositive();
        soft.assertThat(ups.counters().count(ApiEndpoint.SHIP, 500)).as("UPS ship 5xx").isPositive();
        soft.assertThat(x3.counters().get("fault.error")).as("X3 5xx").isPositive();
        soft.assertThat(Pipeline.secrets()).as("secrets in the run's output")
                .noneMatch(secret -> log.contains(secret));
        soft.assertAll();
    }

    /** SIGKILLs the worker running the most (and the most critical) tasks; they must run on the other one. */
    private static void crashBusiestWorker(ConnectCluster cluster, RunOutcome before) {
        assertThat(before.settled()).as("the crash comes before every order is done").isFalse();
        TaskPlacement placement = placement(cluster);
        String victim = placement.busiestWorker();
        List<ConnectWorker> workers = cluster.connect().workers();
        int victimIndex = -1;
        String survivor = null;
        for (int i = 0; i < workers.size(); i++) {
            String id = TaskPlacement.workerId(workers.get(i).restUrl());
            if (id.equals(victim)) {
                victimIndex = i;
            } else if (workers.get(i).isRunning()) {
                survivor = id;
            }
        }
        assertThat(victimIndex).as("worker %s among %s", victim, workers).isNotNegative();
        assertThat(survivor).as("a second worker to fail over to").isNotNull();
        List<TaskPlacement.Task> orphaned = placement.on(victim);
        System.out.println("e2e: killing worker " + victim + " running " + orphaned.stream().map(TaskPlacement.Task::name)
                .toList() + "; placement " + placement);
        cluster.connect().killWorker(victimIndex);

        String target = survivor;
        TaskPlacement after = await("tasks of the killed worker RUNNING on " + target).atMost(Duration.ofMinutes(2))
                .pollInterval(Duration.ofMillis(500)).until(() -> placement(cluster),
                        p -> p.allRunning() && p.allRunningOn(orphaned, target));
        System.out.println("e2e: after failover " + after);
    }

    private static TaskPlacement placement(ConnectCluster cluster) {
        Map<String, JsonNode> statuses = new LinkedHashMap<>();
        for (String connector : List.of(Pipeline.X3_SOURCE, Pipeline.UPS_SINK, Pipeline.UPS_TRACKING, Pipeline.X3_SINK)) {
            statuses.put(connector, cluster.rest().status(connector).orThrow());
        }
        return TaskPlacement.of(statuses);
    }

    private static RunOutcome outcome(OrderFeed feed, X3Simulator x3, UpsSimulator ups, Set<String> deadLetters) {
        Map<String, WriteBack> rows = new HashMap<>();
        for (TrackingRecord row : x3.admin().writeBacks()) {
            rows.put(row.orderNumber(), WriteBack.of(row));
        }
        return new RunOutcome(feed.created(), rows, ups.shipments().createdPerReference(), deadLetters);
    }

    /** How the connectors read X3 and how often it failed them: a stalled source shows here first. */
    private static String x3Reads(X3Simulator x3) {
        return "X3 requests " + x3.counters().snapshot().entrySet().stream()
                .filter(e -> e.getKey().startsWith("api1.GET") || e.getKey().startsWith("fault.")).toList();
    }

    private static Set<String> deadLetterKeys(ConnectCluster cluster) {
        Set<String> keys = new HashSet<>();
        for (ConsumerRecord<byte[], byte[]> record : cluster.reader().readAll(Pipeline.UPS_SINK_DLQ,
                Isolation.READ_UNCOMMITTED)) {
            if (record.key() != null) {
                keys.add(new String(record.key(), StandardCharsets.UTF_8));
            }
        }
        return keys;
    }

    private static void createTopics(ConnectCluster cluster) {
        cluster.topics().create(Pipeline.ORDERS, 3);
        cluster.topics().create(Pipeline.SHIPMENTS, 3, Map.of("cleanup.policy", "compact"));
        // The simulated UPS clock runs ahead of the wall clock, so tracking events carry future times.
        cluster.topics().create(Pipeline.TRACKING, 3, Map.of("message.timestamp.after.max.ms",
                Long.toString(Long.MAX_VALUE)));
        cluster.topics().create(Pipeline.UPS_SINK_DLQ, 1);
        cluster.topics().create(Pipeline.X3_SINK_DLQ, 1);
    }

    private static void startConnectors(ConnectCluster cluster, Pipeline pipeline) {
        pipeline.connectors().forEach((name, config) -> cluster.rest().createConnector(name, config).orThrow());
        pipeline.connectors().forEach((name, config) -> {
            try {
                ConnectorAwait.untilRunning(cluster.rest(), name, Pipeline.tasks(config));
            } catch (ConditionTimeoutException e) {
                throw new AssertionError(name + " not RUNNING: " + cluster.rest().status(name).body(), e);
            }
        });
    }

    /** After the connectors validated and started: faults are for the run, not for the operator's set-up. */
    private static void injectFaults(X3Simulator x3, UpsSimulator ups) {
        x3.faults().errorRate(0.05);
        for (ApiEndpoint endpoint : ApiEndpoint.values()) {
            ups.faults().set(endpoint, FaultSpec.none().withServerErrorRate(0.05));
        }
        ups.trackAlert().setBehaviour(DeliveryBehaviour.reliable().withDropRate(0.10));
    }

    private static void stopConnectors(ConnectCluster cluster) {
        for (String connector : List.of(Pipeline.X3_SOURCE, Pipeline.UPS_SINK, Pipeline.UPS_TRACKING, Pipeline.X3_SINK)) {
            cluster.rest().deleteConnector(connector);
        }
    }
}
