package dev.x3ups.ups.sink;

import dev.x3ups.connect.Cleanup;
import dev.x3ups.connect.schedule.Scheduler;
import dev.x3ups.records.Order;
import dev.x3ups.records.OrderKind;
import dev.x3ups.ups.client.UpsClients;
import dev.x3ups.ups.sink.addresscheck.AddressLookup;
import dev.x3ups.ups.sink.addresscheck.ShipToCheck;
import dev.x3ups.ups.sink.aftership.AfterShipment;
import dev.x3ups.ups.sink.aftership.PickupAwareVoid;
import dev.x3ups.ups.sink.aftership.TrackPickupCheck;
import dev.x3ups.ups.sink.aftership.UnusedLabelSweep;
import dev.x3ups.ups.sink.audit.LateDuplicateAudit;
import dev.x3ups.ups.sink.config.UpsSinkConfig;
import dev.x3ups.ups.sink.delivery.DeliveryRecorder;
import dev.x3ups.ups.sink.delivery.DeliveryWatch;
import dev.x3ups.ups.sink.labels.KafkaLabelLog;
import dev.x3ups.ups.sink.labels.LabelLog;
import dev.x3ups.ups.sink.labels.LabelPublisher;
import dev.x3ups.ups.sink.ledger.KafkaLedgerLog;
import dev.x3ups.ups.sink.ledger.LedgerCatchUp;
import dev.x3ups.ups.sink.ledger.LedgerEntries;
import dev.x3ups.ups.sink.ledger.LedgerLog;
import dev.x3ups.ups.sink.ledger.LedgerTopic;
import dev.x3ups.ups.sink.ledger.ShipmentLedger;
import dev.x3ups.ups.sink.metrics.SinkMetrics;
import dev.x3ups.ups.sink.pickup.DailyPickups;
import dev.x3ups.ups.sink.pickup.PickupCalendar;
import dev.x3ups.ups.sink.pickup.PickupPlans;
import dev.x3ups.ups.sink.planning.OrderShipmentPlanner;
import dev.x3ups.ups.sink.planning.PlanningConfig;
import dev.x3ups.ups.sink.retirement.Finality;
import dev.x3ups.ups.sink.retirement.LedgerRetirement;
import dev.x3ups.ups.sink.shipping.Delays;
import dev.x3ups.ups.sink.shipping.FallbackSearch;
import dev.x3ups.ups.sink.shipping.LabelSink;
import dev.x3ups.ups.sink.shipping.LabelRecoverySearch;
import dev.x3ups.ups.sink.shipping.OrderIntake;
import dev.x3ups.ups.sink.shipping.OrderShipper;
import dev.x3ups.ups.sink.shipping.PartitionProgress;
import dev.x3ups.ups.sink.shipping.QuantumViewManifestSearch;
import dev.x3ups.ups.sink.shipping.Reconciler;
import dev.x3ups.ups.sink.shipping.ReferenceSearch;
import dev.x3ups.ups.sink.shipping.TrackReferenceSearch;
import dev.x3ups.ups.sink.site.InboundLabels;
import dev.x3ups.ups.sink.site.ShippingSite;
import dev.x3ups.ups.sink.site.SiteConfig;
import dev.x3ups.ups.sink.subscription.SubscriptionBatcher;
import dev.x3ups.ups.sink.subscription.SubscriptionRecorder;
import dev.x3ups.ups.sink.subscription.SubscriptionRenewer;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.config.TopicConfig;
import java.util.function.BiConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.connect.sink.SinkRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One task's UPS sink wired together: ledger (own producer and consumer), shipping protocol, intake with its
 * in-flight bound, Track Alert batching, and the task's scheduler with its {@link BackgroundJobs}.
 * {@link UpsSinkTask} only delegates here.
 */
final class ShippingSink implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ShippingSink.class);
    private static final Duration RELEASE_WAIT = Duration.ofSeconds(4);
    private final UpsSinkConfig config;
    private final Scheduler scheduler;
    private final AutoCloseable[] resources;
    private final LedgerCatchUp catchUp;
    private final OrderIntake intake;
    private final SubscriptionRenewer renewer;
    private final UpsClients ups;
    private volatile boolean stopping;

    private ShippingSink(UpsSinkConfig config, Scheduler scheduler, LedgerCatchUp catchUp,
                         OrderIntake intake, SubscriptionRenewer renewer, UpsClients ups, AutoCloseable... resources) {
        this.config = config;
        this.scheduler = scheduler;
        this.catchUp = catchUp;
        this.intake = intake;
        this.renewer = renewer;
        this.ups = ups;
        this.resources = resources;
    }

    static ShippingSink start(UpsSinkConfig config, String clientId, SinkMetrics metrics,
                              BiConsumer<SinkRecord, Throwable> errant, OrderIntake.Flow flow) {
        // What was opened so far, newest first: released if anything later fails, an Error included.
        List<Cleanup.Step> opened = new ArrayList<>();
        try {
            return start(config, clientId, metrics, errant, flow, opened);
        } catch (Throwable t) {
            Cleanup.all(LOG, "the half-started UPS sink", opened.toArray(Cleanup.Step[]::new));
            throw t;
        }
    }

    private static ShippingSink start(UpsSinkConfig config, String clientId, SinkMetrics metrics,
                                      BiConsumer<SinkRecord, Throwable> errant, OrderIntake.Flow flow,
                                      List<Cleanup.Step> opened) {
        String bootstrap = config.ledgerBootstrapServers();
        String topic = config.ledgerTopic();
        LedgerTopic.ensure(bootstrap, config.originalsWithPrefix(UpsSinkConfig.LEDGER_ADMIN_PREFIX), topic,
                config.getInt(UpsSinkConfig.LEDGER_PARTITIONS_CONFIG),
                config.getShort(UpsSinkConfig.LEDGER_REPLICATION_CONFIG));
        Scheduler scheduler = Scheduler.start(clientId + "-scheduler");
        opened.add(0, scheduler::close);
        Clock clock = Clock.systemUTC();
        LedgerLog log = KafkaLedgerLog.create(bootstrap, topic,
                config.originalsWithPrefix(UpsSinkConfig.LEDGER_PRODUCER_PREFIX), clientId + "-ledger",
                scheduler.executor("ledger-ack"));
        opened.add(0, log::close);
        ShipmentLedger ledger = new ShipmentLedger(log);
        metrics.ledgerEntriesFrom(ledger::size);
        LedgerCatchUp catchUp = LedgerCatchUp.create(bootstrap, topic,
                config.originalsWithPrefix(UpsSinkConfig.LEDGER_CONSUMER_PREFIX), clientId + "-ledger-reader", ledger);
        opened.add(0, catchUp::close);
        UpsClients ups = UpsClients.create(config.upsClientConfig());
        opened.add(0, ups::close);
        SiteConfig sites = SiteConfig.from(config.originalsStrings());
        Clock pickupClock = PickupPlans.clock(config);
        LedgerEntries entries = new LedgerEntries(clock, new PickupCalendar(sites.sites(), sites.pickups(),
                pickupClock));

        // Order of evidence (README "Reconcile"): Track by reference, the Quantum View manifest, Label Recovery.
        List<ReferenceSearch> searches = new ArrayList<>();
        searches.add(new TrackReferenceSearch(ups.track()));
        if (config.quantumViewSubscription() != null) {
            searches.add(new QuantumViewManifestSearch(ups.quantumView(), config.quantumViewSubscription(),
                    config.duration(UpsSinkConfig.QUANTUM_VIEW_LOOKBACK_MS_CONFIG), clock));
        }
        PlanningConfig planning = config.planningConfig();
        LabelLog labelLog = labelLog(config, clientId, scheduler);
        // with labels to print, Label Recovery is asked in their format: a shipment it finds needs no reprint call
        LabelRecoverySearch recovery = labelLog == null ? new LabelRecoverySearch(ups.labelRecovery()::byReference)
                : LabelRecoverySearch.inFormat(ups.labelRecovery()::byReference, planning.labelFormat());
        ReferenceSearch beforeRecovery = new FallbackSearch(searches);
        searches.add(recovery);
        ReferenceSearch search = new FallbackSearch(searches);
        LabelSink labels = labelLog == null ? LabelSink.NONE : new LabelPublisher(labelLog,
                ups.labelRecovery()::byTrackingNumber, planning.labelFormat(), order -> emailed(planning, order),
                Delays.on(scheduler), config.duration(UpsSinkConfig.RECONCILE_INTERVAL_MS_CONFIG), metrics, clock);
        Reconciler searching = new Reconciler(search, ups.voids()::voidShipment, Delays.on(scheduler),
                config.getInt(UpsSinkConfig.RECONCILE_CHECKS_CONFIG),
                config.duration(UpsSinkConfig.RECONCILE_INTERVAL_MS_CONFIG), metrics, labels, config.reshipPolicy());
        Reconciler reconciler = labelLog == null || !config.getBoolean(UpsSinkConfig.RECONCILE_LABEL_RECOVERY_FIRST_CONFIG)
                ? searching : searching.recoveringLabelsFirst(recovery, beforeRecovery);
        TaskOwnership ownership = new TaskOwnership(config.getInt(UpsSinkConfig.TASK_INDEX_CONFIG),
                config.getInt(UpsSinkConfig.TASK_COUNT_CONFIG));
        LateDuplicateAudit audit = config.getBoolean(UpsSinkConfig.AUDIT_ENABLED_CONFIG)
                ? new LateDuplicateAudit(ledger, search, reconciler, ownership,
                        config.duration(UpsSinkConfig.AUDIT_PERIOD_MS_CONFIG), metrics, clock)
                : null;

        AfterShipment after = new AfterShipment(ledger, new PickupAwareVoid(new TrackPickupCheck(ups.track()::details),
                ups.voids()::voidShipment, Delays.on(scheduler), config.duration(UpsSinkConfig.RECONCILE_INTERVAL_MS_CONFIG)),
                labels, metrics, config.changedOrderPolicies(), clock);
        UnusedLabelSweep sweep = !config.getBoolean(UpsSinkConfig.UNUSED_LABEL_SWEEP_ENABLED_CONFIG) ? null
                : new UnusedLabelSweep(ledger, ownership, after,
                        config.duration(UpsSinkConfig.UNUSED_LABEL_SWEEP_AFTER_MS_CONFIG),
                        config.duration(UpsSinkConfig.UNUSED_LABEL_SWEEP_WINDOW_MS_CONFIG), metrics, clock);

        SubscriptionBatcher batcher = null;
        SubscriptionRenewer renewer = null;
        if (config.getBoolean(UpsSinkConfig.SUBSCRIPTION_ENABLED_CONFIG)) {
            Duration flush = config.duration(UpsSinkConfig.SUBSCRIPTION_FLUSH_MS_CONFIG);
            var type = config.subscriptionType();
            batcher = new SubscriptionBatcher(numbers -> ups.trackAlert().subscribe(numbers, type),
                    new SubscriptionRecorder(ledger, entries), config.getInt(UpsSinkConfig.SUBSCRIPTION_BATCH_SIZE_CONFIG),
                    flush, config.getInt(UpsSinkConfig.SUBSCRIPTION_ATTEMPTS_CONFIG), System::nanoTime, metrics);
            renewer = new SubscriptionRenewer(ledger, batcher, ownership,
                    config.duration(UpsSinkConfig.SUBSCRIPTION_RENEW_BEFORE_MS_CONFIG), flush.multipliedBy(3),
                    config.duration(UpsSinkConfig.SUBSCRIPTION_RENEW_MAX_AGE_MS_CONFIG), clock);
        }
        LedgerRetirement retirement = new LedgerRetirement(ledger, new Finality(
                config.duration(UpsSinkConfig.LEDGER_RETENTION_MS_CONFIG),
                config.duration(UpsSinkConfig.SUBSCRIPTION_RENEW_MAX_AGE_MS_CONFIG)), ownership, metrics, clock);
        SubscriptionBatcher subscriptions = batcher;
        OrderShipmentPlanner planner = OrderShipmentPlanner.create(planning, ups.rate()).withAddressCheck(
                ShipToCheck.create(planning.addressChecks(), AddressLookup.of(ups.addressValidation()), metrics, clock));
        OrderShipper shipper = new OrderShipper(ledger, entries, planner, ups.ship()::ship, reconciler, metrics, entry -> {
                    if (subscriptions != null) {
                        subscriptions.enqueue(entry.orderKey(), entry.trackingNumbers(), false);
                    }
                }, System::nanoTime, labels, after);
        OrderIntake intake = new OrderIntake(shipper::process, new PartitionProgress(),
                config.getInt(UpsSinkConfig.MAX_IN_FLIGHT_CONFIG), errant, metrics, flow);
        List<AutoCloseable> resources = new ArrayList<>();
        DailyPickups pickups = null;
        Scheduler pickupScheduler = null;
        if (DailyPickups.anyPlanned(sites.pickups())) {
            // its own thread: it waits on UPS and on the ledger catch-up (docs/architecture.md, "Pickups")
            pickupScheduler = Scheduler.start(clientId + "-pickups");
            opened.add(0, pickupScheduler::close);
            Duration catchUpTimeout = config.duration(UpsSinkConfig.LEDGER_CATCH_UP_TIMEOUT_MS_CONFIG);
            pickups = PickupPlans.open(config, clientId, sites.sites(), sites.pickups(), new TaskOwnership(
                    config.getInt(UpsSinkConfig.TASK_INDEX_CONFIG), config.getInt(UpsSinkConfig.TASK_COUNT_CONFIG)),
                    () -> catchUp.catchUp(catchUpTimeout, () -> false), ledger::entries, ups.pickup(), metrics,
                    pickupClock);
            opened.add(0, pickups::close);
            resources.add(pickupScheduler);
            resources.add(pickups);
        }
        Scheduler deliveryScheduler = Scheduler.start(clientId + "-deliveries");
        opened.add(0, deliveryScheduler::close);
        DeliveryWatch deliveries = deliveryWatch(config, clientId, ledger, catchUp, ownership, metrics);
        opened.add(0, deliveries::close);
        resources.add(() -> {
            deliveries.wakeup(); // a poll in progress ends now, so the scheduler stops at once
            Cleanup.all(LOG, "the delivery watch", deliveryScheduler::close, deliveries::close);
        });
        resources.add(log);
        if (labelLog != null) {
            resources.add(labelLog);
        }
        resources.add(catchUp);
        ShippingSink sink = new ShippingSink(config, scheduler, catchUp, intake, renewer, ups,
                resources.toArray(AutoCloseable[]::new));
        long started = System.nanoTime();
        int read = sink.catchUp();
        long millis = (System.nanoTime() - started) / 1_000_000;
        metrics.ledgerCaughtUp(millis);
        LOG.info("ledger caught up: {} live entries, {} records read in {} ms", ledger.size(), read, millis);
        BackgroundJobs.start(scheduler, config, batcher, renewer, sweep);
        BackgroundJobs.startAudit(scheduler, config, audit);
        BackgroundJobs.startRetirement(scheduler, config, retirement);
        if (pickups != null) {
            BackgroundJobs.startPickups(pickupScheduler, config, pickups);
        }
        BackgroundJobs.startDeliveries(deliveryScheduler, deliveries);
        return sink;
    }

    /**
     * Reads the tracking topic in a group of this task's own ({@code <connector>-deliveries-<index>}) and records
     * deliveries of the orders this task owns (the renewer's rule), catching the ledger up first.
     */
    private static DeliveryWatch deliveryWatch(UpsSinkConfig config, String clientId, ShipmentLedger ledger,
                                               LedgerCatchUp catchUp, TaskOwnership owned, SinkMetrics metrics) {
        Duration catchUpTimeout = config.duration(UpsSinkConfig.LEDGER_CATCH_UP_TIMEOUT_MS_CONFIG);
        String group = config.originalsStrings().getOrDefault("name", "connector") + "-deliveries-"
                + config.getInt(UpsSinkConfig.TASK_INDEX_CONFIG);
        return DeliveryWatch.create(config.ledgerBootstrapServers(), config.trackingTopic(),
                config.originalsWithPrefix(UpsSinkConfig.LEDGER_CONSUMER_PREFIX), clientId + "-deliveries", group,
                new DeliveryRecorder(ledger, owned, metrics),
                () -> catchUp.catchUp(catchUpTimeout, () -> false), catchUpTimeout);
    }

    /** The labels topic's writer (the topic created with its retention if missing), or null when labels are off. */
    private static LabelLog labelLog(UpsSinkConfig config, String clientId, Scheduler scheduler) {
        if (!config.getBoolean(UpsSinkConfig.LABELS_ENABLED_CONFIG)) {
            return null;
        }
        String bootstrap = config.ledgerBootstrapServers();
        LedgerTopic.ensure(bootstrap, config.originalsWithPrefix(UpsSinkConfig.LEDGER_ADMIN_PREFIX),
                config.labelsTopic(), config.getInt(UpsSinkConfig.LABELS_PARTITIONS_CONFIG),
                config.getShort(UpsSinkConfig.LEDGER_REPLICATION_CONFIG),
                Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_DELETE,
                        TopicConfig.RETENTION_MS_CONFIG,
                        String.valueOf(config.getLong(UpsSinkConfig.LABELS_RETENTION_MS_CONFIG))));
        return KafkaLabelLog.create(bootstrap, config.labelsTopic(),
                config.originalsWithPrefix(UpsSinkConfig.LEDGER_PRODUCER_PREFIX), clientId + "-labels",
                scheduler.executor("labels-ack"));
    }

    /** Inbound purchase orders of an EMAIL site: UPS e-mails the label to the supplier, nothing is printed here. */
    private static boolean emailed(PlanningConfig planning, Order order) {
        ShippingSite site = planning.sites().get(order.site());
        return order.kind() == OrderKind.PURCHASE && site != null && site.inboundLabels() == InboundLabels.EMAIL;
    }

    int catchUp() {
        return catchUp.catchUp(config.duration(UpsSinkConfig.LEDGER_CATCH_UP_TIMEOUT_MS_CONFIG), () -> stopping);
    }

    void put(Collection<SinkRecord> records) throws InterruptedException {
        intake.put(records);
    }

    Map<TopicPartition, OffsetAndMetadata> committable() {
        return intake.committable();
    }

    /**
     * Waits a little for the orders in flight of revoked partitions; bounded below Connect's graceful shutdown
     * timeout (5 s) because Connect also closes every partition when the task stops. An order still running
     * after that is left PENDING and its next owner reconciles it (the duplicate sweep voids a late twin).
     */
    void release(Collection<TopicPartition> partitions) {
        intake.release(partitions, RELEASE_WAIT);
    }

    long[] subscriptionCounts() {
        return renewer == null ? new long[] {0, 0} : renewer.counts();
    }

    long tokenRequests() {
        var metrics = ups.tokenMetrics();
        return metrics == null ? 0 : metrics.tokenRequests();
    }

    @Override
    public void close() {
        stopping = true;
        List<Cleanup.Step> steps = new ArrayList<>();
        steps.add(intake::stop);
        for (AutoCloseable resource : resources) {
            steps.add(resource::close);
        }
        steps.add(scheduler::close);
        steps.add(ups::close);
        Throwable failure = Cleanup.all(LOG, "the UPS sink", steps.toArray(Cleanup.Step[]::new));
        if (failure != null) {
            throw new IllegalStateException("closing the UPS sink failed", failure);
        }
    }
}
