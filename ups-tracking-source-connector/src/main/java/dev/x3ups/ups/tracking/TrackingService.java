package dev.x3ups.ups.tracking;

import static dev.x3ups.ups.tracking.config.TrackingSourceConfig.*;

import dev.x3ups.connect.Cleanup;
import dev.x3ups.connect.schedule.Scheduler;
import dev.x3ups.connect.metrics.TaskMetrics;
import dev.x3ups.ups.client.UpsClients;
import dev.x3ups.ups.tracking.config.TrackingSourceConfig;
import dev.x3ups.ups.tracking.events.DedupeWindow;
import dev.x3ups.ups.tracking.events.EventFilter;
import dev.x3ups.ups.tracking.events.EventPump;
import dev.x3ups.ups.tracking.events.InboundQueue;
import dev.x3ups.ups.tracking.events.OrderKeyResolver;
import dev.x3ups.ups.tracking.events.ShipmentProgress;
import dev.x3ups.ups.tracking.events.WebhookEventParser;
import dev.x3ups.ups.tracking.ledger.LedgerTail;
import dev.x3ups.ups.tracking.ledger.LedgerView;
import dev.x3ups.ups.tracking.metrics.MetricsBinding;
import dev.x3ups.ups.tracking.metrics.TrackingMetrics;
import dev.x3ups.ups.tracking.reconcile.PackageWatch;
import dev.x3ups.ups.tracking.reconcile.QuantumViewPoller;
import dev.x3ups.ups.tracking.reconcile.Reconciler;
import dev.x3ups.ups.tracking.reconcile.StaleShipments;
import dev.x3ups.ups.tracking.reconcile.TrackPoller;
import dev.x3ups.ups.tracking.webhook.BearerAuthenticator;
import dev.x3ups.ups.tracking.webhook.CredentialHeaderAuthenticator;
import dev.x3ups.ups.tracking.webhook.IssuedTokens;
import dev.x3ups.ups.tracking.webhook.TokenEndpoint;
import dev.x3ups.ups.tracking.webhook.WebhookAuthenticator;
import dev.x3ups.ups.tracking.webhook.WebhookIntake;
import dev.x3ups.ups.tracking.webhook.WebhookServer;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.connect.source.SourceRecord;
import org.apache.kafka.connect.storage.OffsetStorageReader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Everything one task runs, wired from its config: ledger tail, listener, pump and reconciler. */
final class TrackingService implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(TrackingService.class);
    private final LedgerTail ledgerTail;
    private final UpsClients ups;
    private final EventPump pump;
    private final InboundQueue queue;
    private final WebhookIntake intake;
    private final WebhookServer server;
    private final Scheduler reconciliation;

    private TrackingService(LedgerTail ledgerTail, UpsClients ups, EventPump pump, InboundQueue queue,
                            WebhookIntake intake, WebhookServer server, Scheduler reconciliation) {
        this.ledgerTail = ledgerTail;
        this.ups = ups;
        this.pump = pump;
        this.queue = queue;
        this.intake = intake;
        this.server = server;
        this.reconciliation = reconciliation;
    }

    static TrackingService start(TrackingSourceConfig config, OffsetStorageReader offsets, TaskMetrics plugin)
            throws Exception {
        Clock clock = Clock.systemUTC();
        TrackingMetrics metrics = new TrackingMetrics();
        // the watch forgets a package its order's retirement removed from the ledger
        PackageWatch watch = new PackageWatch(clock);
        LedgerView ledger = new LedgerView(watch::forget);
        LedgerTail tail = LedgerTail.start(config.ledgerBootstrapServers(), config.ledgerConsumerOverrides(),
                config.getString(LEDGER_TOPIC), ledger);
        try {
            if (!ledger.awaitCaughtUp(60, TimeUnit.SECONDS)) {
                LOG.warn("Ledger not read to its end within 60 s; events may wait for their order key");
            }
            ShipmentProgress progress = new ShipmentProgress(config.getInt(DEDUPE_CAPACITY));
            OffsetSeed.Positions positions = OffsetSeed.seed(offsets, ledger, progress, watch);
            return startListening(config, clock, metrics, ledger, tail, progress, watch, positions, plugin);
        } catch (Throwable e) {
            tail.close();
            throw e;
        }
    }

    private static TrackingService startListening(TrackingSourceConfig config, Clock clock, TrackingMetrics metrics,
                                                  LedgerView ledger, LedgerTail tail, ShipmentProgress progress,
                                                  PackageWatch watch, OffsetSeed.Positions positions,
                                                  TaskMetrics plugin) throws Exception {
        int capacity = config.getInt(DEDUPE_CAPACITY);
        InboundQueue queue = new InboundQueue(config.getInt(QUEUE_CAPACITY));
        EventPump pump = new EventPump(queue,
                new OrderKeyResolver(ledger, config.millis(LEDGER_WAIT_MS).toNanos()),
                new EventFilter(new DedupeWindow(capacity), progress), metrics, config.getString(TOPIC),
                config.getInt(POLL_BATCH), System::nanoTime, watch::seen);
        WebhookIntake intake = new WebhookIntake(authenticator(config, clock), new WebhookEventParser(clock), queue,
                metrics, config.ackMode(), config.millis(ACK_TIMEOUT_MS), System::nanoTime);
        UpsClients ups = UpsClients.create(config.upsClient());
        WebhookServer server;
        try {
            server = WebhookServer.start(config.getString(LISTENER_BIND), config.getInt(LISTENER_PORT),
                    config.tls(), intake, config.paths(), config.getInt(LISTENER_MAX_BODY), queue::webhookDepth);
        } catch (Exception | Error e) {
            ups.close();
            throw e;
        }
        try {
            MetricsBinding.bind(metrics, queue::webhookDepth, plugin);
            Duration timeout = config.upsCallWait();
            String subscription = config.getString(QV_SUBSCRIPTION);
            QuantumViewPoller quantumView = subscription.isBlank() ? null : new QuantumViewPoller(
                    ups.quantumView()::events, subscription, timeout, clock, System::nanoTime, positions.quantumView(),
                    positions.quantumViewBookmark());
            Reconciler reconciler = new Reconciler(ledger,
                    new StaleShipments(watch, config.millis(RECONCILE_STALE_MS), config.millis(RECONCILE_UNAVAILABLE_MS)),
                    new TrackPoller(ups.track()::details, watch, timeout, System::nanoTime, positions.trackCursor()),
                    quantumView, config.quantumViewMode(), config.millis(QV_INTERVAL_MS), queue, metrics, clock,
                    config.getInt(RECONCILE_BATCH));
            Scheduler scheduler = Scheduler.start("ups-tracking-reconciler");
            Duration interval = config.millis(RECONCILE_INTERVAL_MS);
            scheduler.withFixedDelay("reconcile", interval, interval, reconciler);
            LOG.info("Track Alert listener on port {} ({}), {} tracking numbers in the ledger", server.port(),
                    config.tls() == null ? "HTTP" : "HTTPS", ledger.size());
            return new TrackingService(tail, ups, pump, queue, intake, server, scheduler);
        } catch (Throwable e) {
            Cleanup.all(LOG, "the half-started tracking listener", server::close, ups::close);
            throw e;
        }
    }

    private static WebhookAuthenticator authenticator(TrackingSourceConfig config, Clock clock) {
        if (!config.oauth2()) {
            return new CredentialHeaderAuthenticator(config.secret(WEBHOOK_CREDENTIAL));
        }
        IssuedTokens tokens = new IssuedTokens(clock, Duration.ofSeconds(config.getInt(WEBHOOK_TOKEN_LIFETIME)), 1000);
        String clientId = config.getString(WEBHOOK_CLIENT_ID);
        return new BearerAuthenticator(new TokenEndpoint(clientId, config.secret(WEBHOOK_CLIENT_SECRET), tokens),
                clientId);
    }

    List<SourceRecord> poll() throws InterruptedException {
        return pump.poll(500);
    }

    void committed(SourceRecord record, RecordMetadata metadata) {
        pump.committed(record, metadata);
    }

    int port() {
        return server.port();
    }

    /** Releases everything, each step even when an earlier one failed (an Error included). */
    @Override
    public void close() {
        Cleanup.all(LOG, "the UPS tracking source", intake::close, queue::wake, reconciliation::close,
                server::close, pump::abandon, ledgerTail::close, ups::close);
    }
}
