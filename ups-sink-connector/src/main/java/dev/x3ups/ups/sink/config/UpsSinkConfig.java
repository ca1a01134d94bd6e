package dev.x3ups.ups.sink.config;

import dev.x3ups.connect.LedgerClientConfig;
import dev.x3ups.ups.client.UpsClientConfig;
import dev.x3ups.ups.client.alert.SubscriptionType;
import dev.x3ups.ups.client.connect.UpsConnectionConfig;
import dev.x3ups.ups.sink.planning.PlanningConfig;
import dev.x3ups.ups.sink.shipping.ReshipPolicy;
import dev.x3ups.ups.sink.site.ChangedOrderPolicies;
import dev.x3ups.ups.sink.site.ChangedOrderPolicy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.apache.kafka.common.config.AbstractConfig;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.Importance;
import org.apache.kafka.common.config.ConfigDef.Range;
import org.apache.kafka.common.config.ConfigDef.Type;
import org.apache.kafka.common.config.ConfigDef.Width;
import org.apache.kafka.common.config.types.Password;

/**
 * The UPS sink's configuration: UPS connection, throughput, the ledger, labels, Track Alert subscriptions,
 * reconciliation, and the shipment-planning keys of {@link PlanningConfig}.
 */
public final class UpsSinkConfig extends AbstractConfig {
    /** The UPS connection keys, defined in {@link UpsConnectionConfig} and shared with the tracking source. */
    public static final String UPS_GROUP = UpsConnectionConfig.GROUP;
    public static final String UPS_BASE_URL_CONFIG = UpsConnectionConfig.BASE_URL_CONFIG;
    public static final String UPS_CLIENT_ID_CONFIG = UpsConnectionConfig.CLIENT_ID_CONFIG;
    public static final String UPS_CLIENT_SECRET_CONFIG = UpsConnectionConfig.CLIENT_SECRET_CONFIG;
    public static final String UPS_MERCHANT_ID_CONFIG = UpsConnectionConfig.MERCHANT_ID_CONFIG;
    public static final String UPS_TOKEN_BUDGET_CONFIG = UpsConnectionConfig.TOKEN_BUDGET_CONFIG;
    public static final String UPS_TIMEOUT_MS_CONFIG = UpsConnectionConfig.TIMEOUT_MS_CONFIG;
    public static final String RATE_LIMIT_CONFIG = UpsConnectionConfig.RATE_LIMIT_CONFIG;
    public static final String RETRY_DEADLINE_MS_CONFIG = UpsConnectionConfig.RETRY_DEADLINE_MS_CONFIG;
    public static final String RETRY_BACKOFF_MS_CONFIG = UpsConnectionConfig.RETRY_BACKOFF_MS_CONFIG;
    public static final String RETRY_BACKOFF_MAX_MS_CONFIG = UpsConnectionConfig.RETRY_BACKOFF_MAX_MS_CONFIG;

    public static final String THROUGHPUT_GROUP = "Throughput";
    public static final String MAX_IN_FLIGHT_CONFIG = "ship.max.in.flight";

    public static final String LEDGER_GROUP = "Ledger";
    public static final String LEDGER_TOPIC_CONFIG = "ledger.topic";
    /** The ledger's client settings, defined in {@link LedgerClientConfig} and shared with the tracking source. */
    public static final String LEDGER_BOOTSTRAP_CONFIG = LedgerClientConfig.BOOTSTRAP_CONFIG;
    public static final String LEDGER_PARTITIONS_CONFIG = "ledger.topic.partitions";
    public static final String LEDGER_REPLICATION_CONFIG = "ledger.topic.replication.factor";
    public static final String LEDGER_CATCH_UP_TIMEOUT_MS_CONFIG = "ledger.catch.up.timeout.ms";
    public static final String LEDGER_RETENTION_MS_CONFIG = "ledger.retention.ms";
    public static final String LEDGER_RETENTION_MS_DOC = "How long an order stays in the ledger after its shipment "
            + "became final (voided, failed or held since its last write; shipped since UPS reported it delivered or "
            + "returned, else since subscription.renew.max.age.ms after its last write). Then it is retired: a "
            + "tombstone on the ledger topic, which compaction removes, and dropped from memory. Must exceed "
            + "audit.period.ms, reconcile.reship.backoff.max.ms and, with the sweep on, "
            + "unused.label.sweep.void.window.ms, so no check still due can meet a retired order.";
    public static final String LEDGER_RETENTION_MS_DISPLAY = "Ledger retention (ms)";
    public static final String LEDGER_RETIREMENT_INTERVAL_MS_CONFIG = "ledger.retirement.interval.ms";
    public static final String LEDGER_RETIREMENT_INTERVAL_MS_DOC = "How often each task retires the orders it owns "
            + "that have been final for longer than ledger.retention.ms; also how often it tombstones its sites' "
            + "pickup days older than that.";
    public static final String LEDGER_RETIREMENT_INTERVAL_MS_DISPLAY = "Ledger retirement interval (ms)";
    /** Prefixes for settings handed to the ledger's own clients, e.g. {@code ledger.producer.compression.type}. */
    public static final String LEDGER_PRODUCER_PREFIX = LedgerClientConfig.PRODUCER_PREFIX;
    public static final String LEDGER_CONSUMER_PREFIX = LedgerClientConfig.CONSUMER_PREFIX;
    public static final String LEDGER_ADMIN_PREFIX = LedgerClientConfig.ADMIN_PREFIX;

    public static final String LABELS_GROUP = "Labels";
    public static final String LABELS_ENABLED_CONFIG = "labels.enabled";
    public static final String LABELS_ENABLED_DOC = "Write every package's label to the labels topic before the "
            + "shipment is recorded CREATED (the label-printer connector prints them). Inbound labels UPS e-mails "
            + "to the supplier are not written.";
    public static final String LABELS_ENABLED_DISPLAY = "Labels enabled";
    public static final String LABELS_TOPIC_CONFIG = "labels.topic";
    public static final String LABELS_TOPIC_DOC = "Topic of label documents (key = tracking number), written with the "
            + "ledger's producer settings (ledger.producer.*). Created if missing.";
    public static final String LABELS_TOPIC_DISPLAY = "Labels topic";
    public static final String LABELS_RETENTION_MS_CONFIG = "labels.topic.retention.ms";
    public static final String LABELS_RETENTION_MS_DOC = "Retention of the labels topic when it is created (labels are "
            + "large; the ledger, not this topic, is the record of truth). Reprints after that come from UPS Label "
            + "Recovery.";
    public static final String LABELS_RETENTION_MS_DISPLAY = "Labels retention (ms)";
    public static final String LABELS_PARTITIONS_CONFIG = "labels.topic.partitions";
    public static final String LABELS_PARTITIONS_DOC = "Partitions of the labels topic when it is created; -1 for the "
            + "broker default. Its replication factor is the ledger's.";
    public static final String LABELS_PARTITIONS_DISPLAY = "Labels partitions";

    public static final String SUBSCRIPTION_GROUP = "Track Alert subscriptions";
    public static final String SUBSCRIPTION_ENABLED_CONFIG = "subscription.enabled";
    public static final String SUBSCRIPTION_TYPE_CONFIG = "subscription.type";
    public static final String SUBSCRIPTION_BATCH_SIZE_CONFIG = "subscription.batch.size";
    public static final String SUBSCRIPTION_FLUSH_MS_CONFIG = "subscription.flush.interval.ms";
    public static final String SUBSCRIPTION_ATTEMPTS_CONFIG = "subscription.attempts";
    public static final String SUBSCRIPTION_RENEW_BEFORE_MS_CONFIG = "subscription.renew.before.expiry.ms";
    public static final String SUBSCRIPTION_RENEW_CHECK_MS_CONFIG = "subscription.renew.check.interval.ms";
    public static final String SUBSCRIPTION_RENEW_MAX_AGE_MS_CONFIG = "subscription.renew.max.age.ms";

    public static final String RECONCILE_GROUP = "Reconciliation";
    public static final String RECONCILE_CHECKS_CONFIG = "reconcile.checks";
    public static final String RECONCILE_INTERVAL_MS_CONFIG = "reconcile.check.interval.ms";
    public static final String QUANTUM_VIEW_SUBSCRIPTION_CONFIG = "reconcile.quantum.view.subscription";
    public static final String QUANTUM_VIEW_LOOKBACK_MS_CONFIG = "reconcile.quantum.view.lookback.ms";
    public static final String RECONCILE_MAX_RESHIPS_CONFIG = "reconcile.max.reships";
    public static final String RECONCILE_MAX_RESHIPS_DOC = "How often one order may be shipped again after its ship "
            + "answers were lost and the look-ups found nothing. Past it the order stays PENDING (its offset is not "
            + "committed), is looked up every reconcile.reship.backoff.max.ms until UPS shows it, and counts in the "
            + "orders-stuck metric; raise it and restart the task to let such an order ship again.";
    public static final String RECONCILE_MAX_RESHIPS_DISPLAY = "Re-ships per order";
    public static final String RECONCILE_LABEL_RECOVERY_FIRST_CONFIG = "reconcile.label.recovery.first";
    public static final String RECONCILE_LABEL_RECOVERY_FIRST_DOC = "With labels on: after a single lost ship answer, "
            + "look the order up with Label Recovery by reference first, in label.format, so one call finds the "
            + "shipment and brings its labels. UPS documents Label Recovery by reference but not whether its index "
            + "holds every shipment of an account; if it finds nothing for yours, turn this off: the look-up then "
            + "starts with Track by reference and the labels come by tracking number (one call more per lost answer).";
    public static final String RECONCILE_LABEL_RECOVERY_FIRST_DISPLAY = "Label Recovery first";
    public static final String RECONCILE_BACKOFF_MS_CONFIG = "reconcile.reship.backoff.ms";
    public static final String RECONCILE_BACKOFF_MS_DOC = "Wait after a ship call without a usable answer before the "
            + "look-ups start; doubles after each re-ship of the same order. Also gives a lagging UPS index time to "
            + "show the shipment: the decision to ship again comes this long plus (reconcile.checks - 1) x "
            + "reconcile.check.interval.ms after the lost answer.";
    public static final String RECONCILE_BACKOFF_MS_DISPLAY = "Re-ship backoff (ms)";
    public static final String RECONCILE_BACKOFF_MAX_MS_CONFIG = "reconcile.reship.backoff.max.ms";
    public static final String RECONCILE_BACKOFF_MAX_MS_DOC = "Cap of the doubling re-ship backoff, and the pause "
            + "between look-ups of an order that used up its re-ships.";
    public static final String RECONCILE_BACKOFF_MAX_MS_DISPLAY = "Re-ship backoff cap (ms)";

    public static final String AUDIT_GROUP = "Late duplicate audit";
    public static final String AUDIT_ENABLED_CONFIG = "audit.enabled";
    public static final String AUDIT_ENABLED_DOC = "Look orders that went through reconciliation with more than one "
            + "ship call up again by reference for audit.period.ms after they shipped, and void a twin (a live "
            + "shipment other than the ledger's, e.g. a ship call UPS committed after our client gave up) while UPS "
            + "still allows the void.";
    public static final String AUDIT_ENABLED_DISPLAY = "Audit enabled";
    public static final String AUDIT_PERIOD_MS_CONFIG = "audit.period.ms";
    public static final String AUDIT_PERIOD_MS_DOC = "How long after reconciliation an order is audited; keep it "
            + "shorter than UPS's void window and than the time to pickup.";
    public static final String AUDIT_PERIOD_MS_DISPLAY = "Audit period (ms)";
    public static final String AUDIT_INTERVAL_MS_CONFIG = "audit.interval.ms";
    public static final String AUDIT_INTERVAL_MS_DOC = "How often the audit runs; each run looks every audited order "
            + "of this task up once (Track by reference, then the Quantum View manifest, then Label Recovery).";
    public static final String AUDIT_INTERVAL_MS_DISPLAY = "Audit interval (ms)";

    public static final String AFTER_LABEL_GROUP = "After the label";
    public static final String CHANGED_ORDER_POLICY_CONFIG = "changed.order.policy";
    public static final String CHANGED_ORDER_POLICY_DOC = "What happens to an order whose shipping content (addresses, "
            + "lines and weights, delivery mode, carrier) changed in X3 after its shipment was created: REPORT "
            + "(flagged CHANGED_AFTER_SHIPPING, the shipment stays) or RESHIP_BEFORE_PICKUP (while UPS shows no pickup "
            + "scan, the shipment is voided and the new content shipped; after pickup, reported). Sites may override "
            + "it with site.<CODE>.changed.order.policy.";
    public static final String CHANGED_ORDER_POLICY_DISPLAY = "Changed order policy";
    public static final String UNUSED_LABEL_SWEEP_ENABLED_CONFIG = "unused.label.sweep.enabled";
    public static final String UNUSED_LABEL_SWEEP_ENABLED_DOC = "Void shipments that have had no pickup scan for "
            + "unused.label.sweep.after.ms (the label was never used): the ledger entry becomes VOIDED with "
            + "UNUSED_LABEL and X3 is told.";
    public static final String UNUSED_LABEL_SWEEP_ENABLED_DISPLAY = "Unused label sweep";
    public static final String UNUSED_LABEL_SWEEP_AFTER_MS_CONFIG = "unused.label.sweep.after.ms";
    public static final String UNUSED_LABEL_SWEEP_AFTER_MS_DOC = "How long a shipment may wait for its pickup scan "
            + "before the sweep voids it.";
    public static final String UNUSED_LABEL_SWEEP_AFTER_MS_DISPLAY = "Unused after (ms)";
    public static final String UNUSED_LABEL_SWEEP_WINDOW_MS_CONFIG = "unused.label.sweep.void.window.ms";
    public static final String UNUSED_LABEL_SWEEP_WINDOW_MS_DOC = "UPS's void window as the sweep assumes it: "
            + "shipments older than this are left alone (UPS would refuse the void with 190102).";
    public static final String UNUSED_LABEL_SWEEP_WINDOW_MS_DISPLAY = "Void window (ms)";
    public static final String UNUSED_LABEL_SWEEP_INTERVAL_MS_CONFIG = "unused.label.sweep.interval.ms";
    public static final String UNUSED_LABEL_SWEEP_INTERVAL_MS_DOC = "How often the sweep runs.";
    public static final String UNUSED_LABEL_SWEEP_INTERVAL_MS_DISPLAY = "Sweep interval (ms)";
    public static final String PICKUP_GROUP = "Pickups";
    public static final String PICKUP_TOPIC_CONFIG = "pickup.topic";
    public static final String PICKUP_TOPIC_DOC = "Compacted topic of the sites' daily pickups (key site:yyyy-MM-dd): "
            + "the record by which each SMART or ON_CALL site's day is booked exactly once, read by the X3 sink to "
            + "write the PRN back. Written with the ledger's client settings (ledger.producer.*); created if missing.";
    public static final String PICKUP_TOPIC_DISPLAY = "Pickups topic";
    public static final String PICKUP_CHECK_MS_CONFIG = "pickup.check.interval.ms";
    public static final String PICKUP_CHECK_MS_DOC = "How often the task owning a site checks whether its day's pickup "
            + "is due (site.<CODE>.pickup.*): a Smart trigger follows the day's first package by at most this long.";
    public static final String PICKUP_CHECK_MS_DISPLAY = "Pickup check interval (ms)";
    public static final String DELIVERY_GROUP = "Delivery watch";
    public static final String TRACKING_TOPIC_CONFIG = "tracking.topic";
    public static final String TRACKING_TOPIC_DOC = "Topic of the tracking source's UPS status events (Connect JSON "
            + "with schemas), read by every task with its own consumer (group <connector name>-deliveries-<task "
            + "index>, the ledger's client settings ledger.consumer.*, starting at the latest offset): a delivered or "
            + "returned-to-shipper event marks the order's shipment final in the ledger, so its Track Alert "
            + "subscription is no longer renewed and its retention starts. Not created by this connector; while it "
            + "is missing the task logs it once and looks again every minute.";
    public static final String TRACKING_TOPIC_DISPLAY = "Tracking topic";
    /** Not documented: the UPS simulator's admin clock URL, so the sites' days follow the simulated clock. */
    public static final String PICKUP_CLOCK_URL_CONFIG = "pickup.clock.url";

    /** Given to each task by the connector: which share of the ledger it renews. */
    public static final String TASK_INDEX_CONFIG = "task.index";
    public static final String TASK_COUNT_CONFIG = "task.count";

    private static final long DAY_MS = Duration.ofDays(1).toMillis();

    /** Every fixed key: this connector's own groups plus the planning keys. */
    public static final ConfigDef CONFIG_DEF = PlanningConfig.addTo(base());

    /** This connector's own groups, without the planning keys (validated by {@link PlanningConfig#validate}). */
    public static ConfigDef ownDefinitions() {
        return base();
    }

    public UpsSinkConfig(Map<String, String> props) {
        super(CONFIG_DEF, props);
    }

    private static ConfigDef base() {
        int t = 0;
        int l = 0;
        int s = 0;
        int r = 0;
        int lb = 0;
        int a = 0;
        int al = 0;
        ConfigDef def = UpsConnectionConfig.addTo(new ConfigDef())
                .define(MAX_IN_FLIGHT_CONFIG, Type.INT, 32, Range.between(1, 1024), Importance.MEDIUM,
                        "Orders being shipped at once per task; put() waits while this many are in flight.",
                        THROUGHPUT_GROUP, ++t, Width.SHORT, "Orders in flight per task")
                .define(LEDGER_TOPIC_CONFIG, Type.STRING, "ups.shipments", new ConfigDef.NonEmptyString(),
                        Importance.HIGH, "Compacted topic of shipment states: the sink's output and idempotency "
                        + "ledger. Created if missing.", LEDGER_GROUP, ++l, Width.MEDIUM, "Ledger topic");
        return LedgerClientConfig.define(def, LEDGER_GROUP, ++l)
                .define(LEDGER_PARTITIONS_CONFIG, Type.INT, -1, Importance.LOW,
                        "Partitions of the ledger topic when it is created; -1 for the broker default.",
                        LEDGER_GROUP, ++l, Width.SHORT, "Ledger partitions")
                .define(LEDGER_REPLICATION_CONFIG, Type.SHORT, (short) -1, Importance.LOW,
                        "Replication factor of the ledger topic when it is created; -1 for the broker default.",
                        LEDGER_GROUP, ++l, Width.SHORT, "Ledger replication factor")
                .define(LEDGER_CATCH_UP_TIMEOUT_MS_CONFIG, Type.LONG, 120_000L, Range.atLeast(1), Importance.LOW,
                        "How long a task may take to read the ledger to its end on start and rebalance.",
                        LEDGER_GROUP, ++l, Width.SHORT, "Ledger catch-up timeout (ms)")
                .define(LEDGER_RETENTION_MS_CONFIG, Type.LONG, 30 * DAY_MS, Range.atLeast(1), Importance.MEDIUM,
                        LEDGER_RETENTION_MS_DOC, LEDGER_GROUP, ++l, Width.SHORT, LEDGER_RETENTION_MS_DISPLAY)
                .define(LEDGER_RETIREMENT_INTERVAL_MS_CONFIG, Type.LONG, 3_600_000L, Range.atLeast(100),
                        Importance.LOW, LEDGER_RETIREMENT_INTERVAL_MS_DOC, LEDGER_GROUP, ++l, Width.SHORT,
                        LEDGER_RETIREMENT_INTERVAL_MS_DISPLAY)
                .define(LABELS_ENABLED_CONFIG, Type.BOOLEAN, true, Importance.MEDIUM, LABELS_ENABLED_DOC,
                        LABELS_GROUP, ++lb, Width.SHORT, LABELS_ENABLED_DISPLAY)
                .define(LABELS_TOPIC_CONFIG, Type.STRING, "ups.labels", new ConfigDef.NonEmptyString(),
                        Importance.MEDIUM, LABELS_TOPIC_DOC, LABELS_GROUP, ++lb, Width.MEDIUM, LABELS_TOPIC_DISPLAY)
                .define(LABELS_RETENTION_MS_CONFIG, Type.LONG, 30 * DAY_MS, Range.atLeast(1), Importance.LOW,
                        LABELS_RETENTION_MS_DOC, LABELS_GROUP, ++lb, Width.SHORT, LABELS_RETENTION_MS_DISPLAY)
                .define(LABELS_PARTITIONS_CONFIG, Type.INT, -1, Importance.LOW, LABELS_PARTITIONS_DOC, LABELS_GROUP,
                        ++lb, Width.SHORT, LABELS_PARTITIONS_DISPLAY)
                .define(SUBSCRIPTION_ENABLED_CONFIG, Type.BOOLEAN, true, Importance.MEDIUM,
                        "Subscribe shipped packages to Track Alert (webhook destination registered with UPS).",
                        SUBSCRIPTION_GROUP, ++s, Width.SHORT, "Subscriptions enabled")
                .define(SUBSCRIPTION_TYPE_CONFIG, Type.STRING, "STANDARD",
                        ConfigDef.CaseInsensitiveValidString.in("STANDARD", "ENHANCED"), Importance.LOW,
                        "Track Alert subscription type; ENHANCED adds delivery photo and receiver.",
                        SUBSCRIPTION_GROUP, ++s, Width.SHORT, "Subscription type")
                .define(SUBSCRIPTION_BATCH_SIZE_CONFIG, Type.INT, 100, Range.between(1, 100), Importance.LOW,
                        "Tracking numbers per subscription call (UPS takes at most 100).", SUBSCRIPTION_GROUP, ++s,
                        Width.SHORT, "Subscription batch size")
                .define(SUBSCRIPTION_FLUSH_MS_CONFIG, Type.LONG, 5_000L, Range.atLeast(1), Importance.LOW,
                        "Longest a tracking number waits for its batch to fill.", SUBSCRIPTION_GROUP, ++s,
                        Width.SHORT, "Subscription flush interval (ms)")
                .define(SUBSCRIPTION_ATTEMPTS_CONFIG, Type.INT, 3, Range.atLeast(1), Importance.LOW,
                        "Subscription attempts per tracking number before it is recorded FAILED.",
                        SUBSCRIPTION_GROUP, ++s, Width.SHORT, "Subscription attempts")
                .define(SUBSCRIPTION_RENEW_BEFORE_MS_CONFIG, Type.LONG, DAY_MS, Range.atLeast(1), Importance.LOW,
                        "Renew a subscription this long before its 14-day expiry (one day: every 13 days).",
                        SUBSCRIPTION_GROUP, ++s, Width.SHORT, "Renew before expiry (ms)")
                .define(SUBSCRIPTION_RENEW_CHECK_MS_CONFIG, Type.LONG, 60_000L, Range.atLeast(1), Importance.LOW,
                        "How often the ledger is scanned for subscriptions to renew.", SUBSCRIPTION_GROUP, ++s,
                        Width.SHORT, "Renewal check interval (ms)")
                .define(SUBSCRIPTION_RENEW_MAX_AGE_MS_CONFIG, Type.LONG, 60 * DAY_MS, Range.atLeast(1),
                        Importance.LOW, "Shipments older than this are taken as delivered and not renewed.",
                        SUBSCRIPTION_GROUP, ++s, Width.SHORT, "Renewal max age (ms)")
                .define(RECONCILE_CHECKS_CONFIG, Type.INT, 2, Range.atLeast(1), Importance.LOW,
                        "Reference look-ups (Track, Quantum View manifest, Label Recovery) after an ambiguous ship call "
                        + "before the order is shipped again.",
                        RECONCILE_GROUP, ++r, Width.SHORT, "Reconciliation checks")
                .define(RECONCILE_INTERVAL_MS_CONFIG, Type.LONG, 120_000L, Range.atLeast(1), Importance.LOW,
                        "Pause between reference look-ups. With the defaults an order whose answer was lost is "
                        + "looked up 3 and 5 minutes after it: late enough for a UPS whose index lags by minutes, and "
                        + "few calls.",
                        RECONCILE_GROUP, ++r, Width.SHORT, "Reconciliation interval (ms)")
                .define(RECONCILE_MAX_RESHIPS_CONFIG, Type.INT, 3, Range.atLeast(0), Importance.LOW,
                        RECONCILE_MAX_RESHIPS_DOC, RECONCILE_GROUP, ++r, Width.SHORT, RECONCILE_MAX_RESHIPS_DISPLAY)
                .define(RECONCILE_LABEL_RECOVERY_FIRST_CONFIG, Type.BOOLEAN, true, Importance.LOW,
                        RECONCILE_LABEL_RECOVERY_FIRST_DOC, RECONCILE_GROUP, ++r, Width.SHORT,
                        RECONCILE_LABEL_RECOVERY_FIRST_DISPLAY)
                .define(RECONCILE_BACKOFF_MS_CONFIG, Type.LONG, 180_000L, Range.atLeast(0), Importance.LOW,
                        RECONCILE_BACKOFF_MS_DOC, RECONCILE_GROUP, ++r, Width.SHORT, RECONCILE_BACKOFF_MS_DISPLAY)
                .define(RECONCILE_BACKOFF_MAX_MS_CONFIG, Type.LONG, 30 * 60_000L, Range.atLeast(1), Importance.LOW,
                        RECONCILE_BACKOFF_MAX_MS_DOC, RECONCILE_GROUP, ++r, Width.SHORT,
                        RECONCILE_BACKOFF_MAX_MS_DISPLAY)
                .define(QUANTUM_VIEW_SUBSCRIPTION_CONFIG, Type.STRING, null, Importance.LOW,
                        "Quantum View outbound subscription whose Manifest events are searched when Track by "
                        + "reference finds nothing. Empty: not used.", RECONCILE_GROUP, ++r, Width.MEDIUM,
                        "Quantum View subscription")
                .define(QUANTUM_VIEW_LOOKBACK_MS_CONFIG, Type.LONG, DAY_MS, Range.between(1, 7 * DAY_MS),
                        Importance.LOW, "How far back Quantum View is searched (at most 7 days).", RECONCILE_GROUP,
                        ++r, Width.SHORT, "Quantum View look-back (ms)")
                .define(AUDIT_ENABLED_CONFIG, Type.BOOLEAN, true, Importance.LOW, AUDIT_ENABLED_DOC, AUDIT_GROUP,
                        ++a, Width.SHORT, AUDIT_ENABLED_DISPLAY)
                .define(AUDIT_PERIOD_MS_CONFIG, Type.LONG, DAY_MS, Range.atLeast(1), Importance.LOW,
                        AUDIT_PERIOD_MS_DOC, AUDIT_GROUP, ++a, Width.SHORT, AUDIT_PERIOD_MS_DISPLAY)
                .define(AUDIT_INTERVAL_MS_CONFIG, Type.LONG, 60 * 60_000L, Range.atLeast(100), Importance.LOW,
                        AUDIT_INTERVAL_MS_DOC, AUDIT_GROUP, ++a, Width.SHORT, AUDIT_INTERVAL_MS_DISPLAY)
                .define(CHANGED_ORDER_POLICY_CONFIG, Type.STRING, ChangedOrderPolicy.REPORT.name(),
                        ConfigDef.CaseInsensitiveValidString.in(ChangedOrderPolicy.REPORT.name(),
                                ChangedOrderPolicy.RESHIP_BEFORE_PICKUP.name()), Importance.MEDIUM,
                        CHANGED_ORDER_POLICY_DOC, AFTER_LABEL_GROUP, ++al, Width.MEDIUM, CHANGED_ORDER_POLICY_DISPLAY)
                .define(UNUSED_LABEL_SWEEP_ENABLED_CONFIG, Type.BOOLEAN, false, Importance.LOW,
                        UNUSED_LABEL_SWEEP_ENABLED_DOC, AFTER_LABEL_GROUP, ++al, Width.SHORT,
                        UNUSED_LABEL_SWEEP_ENABLED_DISPLAY)
                .define(UNUSED_LABEL_SWEEP_AFTER_MS_CONFIG, Type.LONG, 3 * DAY_MS, Range.atLeast(1), Importance.LOW,
                        UNUSED_LABEL_SWEEP_AFTER_MS_DOC, AFTER_LABEL_GROUP, ++al, Width.SHORT,
                        UNUSED_LABEL_SWEEP_AFTER_MS_DISPLAY)
                .define(UNUSED_LABEL_SWEEP_WINDOW_MS_CONFIG, Type.LONG, 28 * DAY_MS, Range.atLeast(1), Importance.LOW,
                        UNUSED_LABEL_SWEEP_WINDOW_MS_DOC, AFTER_LABEL_GROUP, ++al, Width.SHORT,
                        UNUSED_LABEL_SWEEP_WINDOW_MS_DISPLAY)
                .define(UNUSED_LABEL_SWEEP_INTERVAL_MS_CONFIG, Type.LONG, 3_600_000L, Range.atLeast(1),
                        Importance.LOW, UNUSED_LABEL_SWEEP_INTERVAL_MS_DOC, AFTER_LABEL_GROUP, ++al, Width.SHORT,
                        UNUSED_LABEL_SWEEP_INTERVAL_MS_DISPLAY)
                .define(PICKUP_TOPIC_CONFIG, Type.STRING, "ups.pickups", new ConfigDef.NonEmptyString(),
                        Importance.MEDIUM, PICKUP_TOPIC_DOC, PICKUP_GROUP, 1, Width.MEDIUM, PICKUP_TOPIC_DISPLAY)
                .define(PICKUP_CHECK_MS_CONFIG, Type.LONG, 60_000L, Range.atLeast(10), Importance.LOW,
                        PICKUP_CHECK_MS_DOC, PICKUP_GROUP, 2, Width.SHORT, PICKUP_CHECK_MS_DISPLAY)
                .define(TRACKING_TOPIC_CONFIG, Type.STRING, "ups.tracking", new ConfigDef.NonEmptyString(),
                        Importance.LOW, TRACKING_TOPIC_DOC, DELIVERY_GROUP, 1, Width.MEDIUM, TRACKING_TOPIC_DISPLAY)
                .defineInternal(PICKUP_CLOCK_URL_CONFIG, Type.STRING, null, Importance.LOW)
                .defineInternal(TASK_INDEX_CONFIG, Type.INT, 0, Importance.LOW)
                .defineInternal(TASK_COUNT_CONFIG, Type.INT, 1, Importance.LOW);
    }

    public UpsClientConfig upsClientConfig() {
        // ship calls plus look-ups, voids and subscriptions alongside them
        return UpsConnectionConfig.toClientConfig(this)
                .maxInFlight(getInt(MAX_IN_FLIGHT_CONFIG) * 2 + 8)
                .build();
    }

    public PlanningConfig planningConfig() {
        return PlanningConfig.from(originalsStrings());
    }

    public String ledgerTopic() {
        return getString(LEDGER_TOPIC_CONFIG).trim();
    }

    public String pickupTopic() {
        return getString(PICKUP_TOPIC_CONFIG).trim();
    }

    public String trackingTopic() {
        return getString(TRACKING_TOPIC_CONFIG).trim();
    }

    public String labelsTopic() {
        return getString(LABELS_TOPIC_CONFIG).trim();
    }

    public String ledgerBootstrapServers() {
        return LedgerClientConfig.bootstrapServers(this);
    }

    public Duration duration(String key) {
        return Duration.ofMillis(getLong(key));
    }

    public SubscriptionType subscriptionType() {
        return SubscriptionType.valueOf(getString(SUBSCRIPTION_TYPE_CONFIG).toUpperCase(Locale.ROOT));
    }

    public String quantumViewSubscription() {
        String name = getString(QUANTUM_VIEW_SUBSCRIPTION_CONFIG);
        return name == null || name.isBlank() ? null : name.trim();
    }

    /** The bound and backoff of re-ships after lost ship answers. */
    public ReshipPolicy reshipPolicy() {
        Duration first = duration(RECONCILE_BACKOFF_MS_CONFIG);
        Duration max = duration(RECONCILE_BACKOFF_MAX_MS_CONFIG);
        return new ReshipPolicy(getInt(RECONCILE_MAX_RESHIPS_CONFIG), first, max.compareTo(first) < 0 ? first : max);
    }

    /** Site code → its changed-order policy ({@code site.<CODE>.changed.order.policy}, else the connector's). */
    public Function<String, ChangedOrderPolicy> changedOrderPolicies() {
        return ChangedOrderPolicies.from(originalsStrings(), ChangedOrderPolicy.valueOf(
                getString(CHANGED_ORDER_POLICY_CONFIG).strip().toUpperCase(Locale.ROOT)));
    }

    /**
     * Throws an {@link InvalidSetting} on {@code ledger.retention.ms} when an order could be retired while a check
     * that needs its entry (the late duplicate audit, a re-ship backoff, the unused-label sweep's void window) may
     * still be due.
     */
    public void checkLedgerRetention() {
        long retention = getLong(LEDGER_RETENTION_MS_CONFIG);
        List<String> windows = new ArrayList<>(List.of(AUDIT_PERIOD_MS_CONFIG, RECONCILE_BACKOFF_MAX_MS_CONFIG));
        if (getBoolean(UNUSED_LABEL_SWEEP_ENABLED_CONFIG)) {
            windows.add(UNUSED_LABEL_SWEEP_WINDOW_MS_CONFIG);
        }
        for (String window : windows) {
            if (retention <= getLong(window)) {
                throw new InvalidSetting(LEDGER_RETENTION_MS_CONFIG, retention, "must exceed " + window + " ("
                        + getLong(window) + " ms): an order retired sooner could still be due for that check");
            }
        }
    }

    public Password clientSecret() {
        return getPassword(UPS_CLIENT_SECRET_CONFIG);
    }
}
