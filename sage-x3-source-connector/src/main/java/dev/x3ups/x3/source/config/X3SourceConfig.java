package dev.x3ups.x3.source.config;

import dev.x3ups.records.OrderKind;
import dev.x3ups.x3.client.ItemMasterConfig;
import dev.x3ups.x3.client.OrderSelection;
import dev.x3ups.x3.client.Transport;
import dev.x3ups.x3.client.WriteBackLookup;
import dev.x3ups.x3.client.X3Representation;
import dev.x3ups.x3.client.connect.AuthMode;
import dev.x3ups.x3.client.connect.ConnectValidators;
import dev.x3ups.x3.client.connect.X3ConnectionConfig;
import dev.x3ups.x3.client.connect.X3ConnectorConfig;
import dev.x3ups.x3.client.connect.X3CrossFieldChecks;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.Importance;
import org.apache.kafka.common.config.ConfigDef.Type;
import org.apache.kafka.common.config.ConfigDef.Width;

/**
 * Settings of the Sage X3 source connector: the shared X3 connection and authentication settings
 * ({@link X3ConnectionConfig}) and the connector's own orders and polling settings.
 */
public class X3SourceConfig extends X3ConnectorConfig {

    public static final String GROUP_ORDERS = "Orders";
    public static final String GROUP_POLLING = "Polling";
    public static final String GROUP_ITEM_MASTER = "Item master";
    public static final String GROUP_WRITE_BACK = "Write-back";

    // Orders
    public static final String ENTITIES_CONFIG = "x3.entities";
    private static final String ENTITIES_DOC = "Which orders to read: SALES (ship out to customers) and/or PURCHASE "
            + "(inbound from suppliers). Each is one source partition {folder, entity}.";
    private static final String ENTITIES_DISPLAY = "Entities";

    public static final String SALES_REPRESENTATION_CONFIG = "x3.sales.representation";
    private static final String SALES_REPRESENTATION_DOC = "api1 representation of sales orders (class SORDER).";
    private static final String SALES_REPRESENTATION_DISPLAY = "Sales order representation";

    public static final String PURCHASE_REPRESENTATION_CONFIG = "x3.purchase.representation";
    private static final String PURCHASE_REPRESENTATION_DOC = "api1 representation of purchase orders (class PORDER).";
    private static final String PURCHASE_REPRESENTATION_DISPLAY = "Purchase order representation";

    public static final String STATUSES_CONFIG = "x3.filter.statuses";
    private static final String STATUSES_DOC = "Order statuses that qualify (X3 ORDSTA values, e.g. 1 = open); empty: "
            + "any. An order closed before anything of it was delivered (cancelled) comes through whatever this says, "
            + "as status CANCELLED, when X3 updated it after the source started reading, so its shipment is voided; "
            + "cancellations older than that are never announced.";
    private static final String STATUSES_DISPLAY = "Order statuses";

    public static final String DELIVERY_MODES_CONFIG = "x3.filter.delivery.modes";
    private static final String DELIVERY_MODES_DOC = "Delivery modes (MDL) that qualify; empty: any.";
    private static final String DELIVERY_MODES_DISPLAY = "Delivery modes";

    public static final String CARRIERS_CONFIG = "x3.filter.carriers";
    private static final String CARRIERS_DOC = "Carriers (BPTNUM) that qualify, e.g. UPS; empty: any.";
    private static final String CARRIERS_DISPLAY = "Carriers";

    public static final String SITES_CONFIG = "x3.filter.sites";
    private static final String SITES_DOC = "Shipping (sales) or receiving (purchase) sites that qualify; empty: any.";
    private static final String SITES_DISPLAY = "Sites";

    public static final String WHERE_CONFIG = "x3.filter.where";
    private static final String WHERE_DOC = "Extra filter in the transport's syntax: an api1 where clause such as "
            + "(CDTSTA eq 1) for REST, a GraphQL filter object for GRAPHQL. Empty: none.";
    private static final String WHERE_DISPLAY = "Extra filter";

    public static final String TOPIC_CONFIG = "topic";
    private static final String TOPIC_DOC = "Topic the orders are written to.";
    private static final String TOPIC_DISPLAY = "Topic";
    public static final String TOPIC_DEFAULT = "x3.orders";

    // Item master
    public static final String COMMODITY_CODE_FIELD_CONFIG = "x3.item.commodity.code.field";
    private static final String COMMODITY_CODE_FIELD_DOC = "api1 ITMMASTER field holding an item's harmonized system "
            + "(HS) code, for commercial invoices of goods crossing a border. The default is X3's customs reference "
            + "CUSREF; empty: the folder keeps none.";
    private static final String COMMODITY_CODE_FIELD_DISPLAY = "HS code field (api1)";

    public static final String ORIGIN_COUNTRY_FIELD_CONFIG = "x3.item.origin.country.field";
    private static final String ORIGIN_COUNTRY_FIELD_DOC = "api1 ITMMASTER field holding an item's country of "
            + "origin (ISO alpha-2). X3 has no standard field for it: name the specific field your folder keeps it "
            + "in; empty: none.";
    private static final String ORIGIN_COUNTRY_FIELD_DISPLAY = "Country of origin field (api1)";

    public static final String COMMODITY_CODE_PROPERTY_CONFIG = "x3.item.commodity.code.property";
    private static final String COMMODITY_CODE_PROPERTY_DOC = "GraphQL property of the product node holding the HS "
            + "code (transport GRAPHQL); empty: none.";
    private static final String COMMODITY_CODE_PROPERTY_DISPLAY = "HS code property (GraphQL)";

    public static final String ORIGIN_COUNTRY_PROPERTY_CONFIG = "x3.item.origin.country.property";
    private static final String ORIGIN_COUNTRY_PROPERTY_DOC = "GraphQL property of the product node holding the "
            + "country of origin (transport GRAPHQL); empty: none.";
    private static final String ORIGIN_COUNTRY_PROPERTY_DISPLAY = "Country of origin property (GraphQL)";

    public static final String MASTER_CACHE_SIZE_CONFIG = "x3.master.cache.size";
    private static final String MASTER_CACHE_SIZE_DOC = "How many items, and as many customer addresses and suppliers, "
            + "each task remembers after reading them from X3 (api1 reads the item master and the contact of a "
            + "standard order row once per item or partner).";
    private static final String MASTER_CACHE_SIZE_DISPLAY = "Master data cache size";

    public static final String MASTER_CACHE_MAX_AGE_MS_CONFIG = "x3.master.cache.max.age.ms";
    private static final String MASTER_CACHE_MAX_AGE_MS_DOC = "How long a remembered item or contact is used before "
            + "it is read again, so corrections in X3 reach new orders within this time.";
    private static final String MASTER_CACHE_MAX_AGE_MS_DISPLAY = "Master data cache max age (ms)";

    // Write-back
    public static final String WRITEBACK_LOOKUP_ENABLED_CONFIG = "x3.writeback.lookup.enabled";
    private static final String WRITEBACK_LOOKUP_ENABLED_DOC = "Read, for each page of changed orders, what the "
            + "X3 sink's write-back class holds for them, in one api1 $query (transport REST). Each order is emitted "
            + "with it (tracking numbers and order digest: the UPS sink's evidence of an earlier shipment once its "
            + "ledger has retired the order), and an order whose only change is that write-back (X3 stamps the order "
            + "when the record changes) is passed over without its $details read. false: no lookup, no evidence, "
            + "every changed order read in full; also set it when the folder has no write-back class. GRAPHQL: "
            + "pages carry their lines (nothing to save) and the write-back is read from the sales order node's "
            + "x3.writeback.graphql.* properties with the page.";
    private static final String WRITEBACK_LOOKUP_ENABLED_DISPLAY = "Write-back lookup";

    public static final String WRITEBACK_CLASS_CONFIG = "x3.writeback.class";
    private static final String WRITEBACK_CLASS_DOC = "api1 class the X3 sink writes tracking to (its x3.target.class).";
    private static final String WRITEBACK_CLASS_DISPLAY = "Write-back class";

    public static final String WRITEBACK_REPRESENTATION_CONFIG = "x3.writeback.representation";
    private static final String WRITEBACK_REPRESENTATION_DOC = "api1 representation of that class with a $query "
            + "facet (the X3 sink's x3.target.representation).";
    private static final String WRITEBACK_REPRESENTATION_DISPLAY = "Write-back representation";

    public static final String WRITEBACK_KEY_FIELD_CONFIG = "x3.writeback.key.field";
    private static final String WRITEBACK_KEY_FIELD_DOC = "Key property holding the order number (the X3 sink's "
            + "x3.target.key.field).";
    private static final String WRITEBACK_KEY_FIELD_DISPLAY = "Write-back key field";

    public static final String WRITEBACK_KIND_FIELD_CONFIG = "x3.writeback.kind.field";
    private static final String WRITEBACK_KIND_FIELD_DOC = "Property holding SALES or PURCHASE (the X3 sink's "
            + "x3.target.kind.field); empty when the class has none.";
    private static final String WRITEBACK_KIND_FIELD_DISPLAY = "Write-back order type field";

    public static final String WRITEBACK_TRACKING_NUMBERS_FIELD_CONFIG = "x3.writeback.tracking.numbers.field";
    private static final String WRITEBACK_TRACKING_NUMBERS_FIELD_DOC = "Dimensioned property of the tracking numbers "
            + "(trackingNumbers in the X3 sink's x3.target.fields).";
    private static final String WRITEBACK_TRACKING_NUMBERS_FIELD_DISPLAY = "Write-back tracking numbers field";

    public static final String WRITEBACK_DIGEST_FIELD_CONFIG = "x3.writeback.digest.field";
    private static final String WRITEBACK_DIGEST_FIELD_DOC = "Property of the order digest the X3 sink writes "
            + "(orderDigest in its x3.target.fields); empty when the class has none (orders then carry tracking "
            + "numbers without digest).";
    private static final String WRITEBACK_DIGEST_FIELD_DISPLAY = "Write-back digest field";

    public static final String WRITEBACK_ECHO_TOLERANCE_MS_CONFIG = "x3.writeback.echo.tolerance.ms";
    private static final String WRITEBACK_ECHO_TOLERANCE_MS_DOC = "How close the write-back record's UPDDATTIM must "
            + "be to the order's for the order's change to count as the write-back's own (X3 stamps both in the "
            + "same save, to the second). Such an order whose header is as last read is not read again.";
    private static final String WRITEBACK_ECHO_TOLERANCE_MS_DISPLAY = "Write-back echo tolerance (ms)";

    public static final String WRITEBACK_GRAPHQL_TRACKING_NUMBERS_PROPERTY_CONFIG =
            "x3.writeback.graphql.tracking.numbers.property";
    private static final String WRITEBACK_GRAPHQL_TRACKING_NUMBERS_PROPERTY_DOC = "Transport GRAPHQL: property of "
            + "the sales order node holding the tracking numbers the X3 sink wrote (trackingNumbers in its "
            + "x3.target.graphql.fields), selected with each page (no extra call) and emitted as the order's "
            + "evidence; empty: none.";
    private static final String WRITEBACK_GRAPHQL_TRACKING_NUMBERS_PROPERTY_DISPLAY =
            "Write-back tracking numbers property (GraphQL)";

    public static final String WRITEBACK_GRAPHQL_DIGEST_PROPERTY_CONFIG = "x3.writeback.graphql.digest.property";
    private static final String WRITEBACK_GRAPHQL_DIGEST_PROPERTY_DOC = "Transport GRAPHQL: property of the sales "
            + "order node holding the order digest, when the X3 sink writes one there (orderDigest in its "
            + "x3.target.graphql.fields); empty: none.";
    private static final String WRITEBACK_GRAPHQL_DIGEST_PROPERTY_DISPLAY = "Write-back digest property (GraphQL)";

    // Polling
    public static final String POLL_INTERVAL_MS_CONFIG = "poll.interval.ms";
    private static final String POLL_INTERVAL_MS_DOC = "Pause between two walks of the changed orders of one entity, "
            + "once the previous walk reached its last page.";
    private static final String POLL_INTERVAL_MS_DISPLAY = "Poll interval (ms)";

    public static final String PAGE_SIZE_CONFIG = "page.size";
    private static final String PAGE_SIZE_DOC = "Orders per X3 page (api1 count, GraphQL first). One page is read per poll().";
    private static final String PAGE_SIZE_DISPLAY = "Page size";

    public static final String OVERLAP_MS_CONFIG = "overlap.ms";
    private static final String OVERLAP_MS_DOC = "How far before the stored offset each walk starts, to catch orders "
            + "committed late with an older UPDDATTIM (clock skew, long transactions). Rows seen again are not re-emitted.";
    private static final String OVERLAP_MS_DISPLAY = "Overlap window (ms)";

    public static final String START_TIMESTAMP_CONFIG = "start.timestamp";
    private static final String START_TIMESTAMP_DOC = "Where a partition without a stored offset starts: orders updated "
            + "at or after this ISO-8601 instant are read.";
    private static final String START_TIMESTAMP_DISPLAY = "Start timestamp";

    public static final String RETRY_BACKOFF_MS_CONFIG = "retry.backoff.ms";
    private static final String RETRY_BACKOFF_MS_DOC = "First wait after a transient X3 error (5xx, timeout, throttling); "
            + "doubled on each further failure.";
    private static final String RETRY_BACKOFF_MS_DISPLAY = "Retry backoff (ms)";

    public static final String RETRY_BACKOFF_MAX_MS_CONFIG = "retry.backoff.max.ms";
    private static final String RETRY_BACKOFF_MAX_MS_DOC = "Longest wait between retries after transient X3 errors.";
    private static final String RETRY_BACKOFF_MAX_MS_DISPLAY = "Max retry backoff (ms)";

    public static final String RETRY_AMBIGUOUS_CONFIG = "retry.ambiguous.attempts";
    private static final String RETRY_AMBIGUOUS_DOC = "How many times in a row an X3 rejection that came with HTTP 5xx "
            + "or as $diagnoses inside an HTTP 200 is retried before the task fails. Messages matching "
            + "x3.transient.messages (busy web-service pool, licence volume) are always retried; this covers the "
            + "other passing faults X3 reports the same way as real errors (unknown field in the where clause).";
    private static final String RETRY_AMBIGUOUS_DISPLAY = "Retries of ambiguous rejections";

    private static final String ENDPOINT_DOC = "Syracuse endpoint name, which maps to one X3 folder (e.g. SEED). "
            + "It is the 'folder' of every order key and source partition.";
    private static final String REFRESH_TOKEN_FILE_DOC = "File where the newest refresh token is persisted when there "
            + "is no token topic; with REFRESH_TOKEN one of the two is required because X3 revokes each refresh token "
            + "on use, so a restarted task must find the newest one. Must be readable and writable by every worker "
            + "that may run the task (a shared volume in distributed mode); the token topic "
            + "(x3.refresh.token.bootstrap.servers) needs none.";

    private static final List<String> ENTITIES = Arrays.stream(OrderKind.values()).map(Enum::name).toList();

    public static final ConfigDef CONFIG_DEF = configDef();
    public static final X3CrossFieldChecks CHECKS = new X3CrossFieldChecks("Sage X3 source", CONFIG_DEF,
            RETRY_BACKOFF_MS_CONFIG, RETRY_BACKOFF_MAX_MS_CONFIG, RefreshTokenFileRule::problems);

    private static ConfigDef configDef() {
        ConfigDef def = X3ConnectionConfig.withTransport().endpointDoc(ENDPOINT_DOC)
                .refreshTokenFileDoc(REFRESH_TOKEN_FILE_DOC).addTo(new ConfigDef());
        int order = 0;
        def.define(ENTITIES_CONFIG, Type.LIST, String.join(",", ENTITIES), Validators.distinctSubsetOf(ENTITIES),
                Importance.HIGH, ENTITIES_DOC, GROUP_ORDERS, ++order, Width.SHORT, ENTITIES_DISPLAY,
                ConnectValidators.choices(ENTITIES));
        def.define(SALES_REPRESENTATION_CONFIG, Type.STRING, "SORDER", new ConfigDef.NonEmptyStringWithoutControlChars(),
                Importance.MEDIUM, SALES_REPRESENTATION_DOC, GROUP_ORDERS, ++order, Width.SHORT, SALES_REPRESENTATION_DISPLAY);
        def.define(PURCHASE_REPRESENTATION_CONFIG, Type.STRING, "PORDER", new ConfigDef.NonEmptyStringWithoutControlChars(),
                Importance.MEDIUM, PURCHASE_REPRESENTATION_DOC, GROUP_ORDERS, ++order, Width.SHORT,
                PURCHASE_REPRESENTATION_DISPLAY);
        def.define(STATUSES_CONFIG, Type.LIST, "", Importance.MEDIUM, STATUSES_DOC, GROUP_ORDERS, ++order,
                Width.MEDIUM, STATUSES_DISPLAY);
        def.define(DELIVERY_MODES_CONFIG, Type.LIST, "", Importance.MEDIUM, DELIVERY_MODES_DOC, GROUP_ORDERS, ++order,
                Width.MEDIUM, DELIVERY_MODES_DISPLAY);
        def.define(CARRIERS_CONFIG, Type.LIST, "", Importance.MEDIUM, CARRIERS_DOC, GROUP_ORDERS, ++order,
                Width.MEDIUM, CARRIERS_DISPLAY);
        def.define(SITES_CONFIG, Type.LIST, "", Importance.MEDIUM, SITES_DOC, GROUP_ORDERS, ++order,
                Width.MEDIUM, SITES_DISPLAY);
        def.define(WHERE_CONFIG, Type.STRING, "", Importance.LOW, WHERE_DOC, GROUP_ORDERS, ++order, Width.LONG,
                WHERE_DISPLAY);
        def.define(TOPIC_CONFIG, Type.STRING, TOPIC_DEFAULT, new ConfigDef.NonEmptyStringWithoutControlChars(),
                Importance.HIGH, TOPIC_DOC, GROUP_ORDERS, ++order, Width.MEDIUM, TOPIC_DISPLAY);

        order = 0;
        def.define(COMMODITY_CODE_FIELD_CONFIG, Type.STRING, ItemMasterConfig.DEFAULT_COMMODITY_CODE_FIELD,
                Importance.MEDIUM, COMMODITY_CODE_FIELD_DOC, GROUP_ITEM_MASTER, ++order, Width.SHORT,
                COMMODITY_CODE_FIELD_DISPLAY);
        def.define(ORIGIN_COUNTRY_FIELD_CONFIG, Type.STRING, ItemMasterConfig.DEFAULT_ORIGIN_COUNTRY_FIELD,
                Importance.MEDIUM, ORIGIN_COUNTRY_FIELD_DOC, GROUP_ITEM_MASTER, ++order, Width.SHORT,
                ORIGIN_COUNTRY_FIELD_DISPLAY);
        def.define(COMMODITY_CODE_PROPERTY_CONFIG, Type.STRING, ItemMasterConfig.DEFAULT_COMMODITY_CODE_PROPERTY,
                Importance.LOW, COMMODITY_CODE_PROPERTY_DOC, GROUP_ITEM_MASTER, ++order, Width.MEDIUM,
                COMMODITY_CODE_PROPERTY_DISPLAY);
        def.define(ORIGIN_COUNTRY_PROPERTY_CONFIG, Type.STRING, ItemMasterConfig.DEFAULT_ORIGIN_COUNTRY_PROPERTY,
                Importance.LOW, ORIGIN_COUNTRY_PROPERTY_DOC, GROUP_ITEM_MASTER, ++order, Width.MEDIUM,
                ORIGIN_COUNTRY_PROPERTY_DISPLAY);
        def.define(MASTER_CACHE_SIZE_CONFIG, Type.INT, ItemMasterConfig.DEFAULT_CACHE_SIZE, ConfigDef.Range.atLeast(1),
                Importance.LOW, MASTER_CACHE_SIZE_DOC, GROUP_ITEM_MASTER, ++order, Width.SHORT,
                MASTER_CACHE_SIZE_DISPLAY);
        def.define(MASTER_CACHE_MAX_AGE_MS_CONFIG, Type.LONG, ItemMasterConfig.DEFAULT_CACHE_MAX_AGE.toMillis(),
                ConfigDef.Range.atLeast(0), Importance.LOW, MASTER_CACHE_MAX_AGE_MS_DOC, GROUP_ITEM_MASTER, ++order,
                Width.SHORT, MASTER_CACHE_MAX_AGE_MS_DISPLAY);

        order = 0;
        def.define(POLL_INTERVAL_MS_CONFIG, Type.LONG, 30_000L, ConfigDef.Range.atLeast(100), Importance.MEDIUM,
                POLL_INTERVAL_MS_DOC, GROUP_POLLING, ++order, Width.SHORT, POLL_INTERVAL_MS_DISPLAY);
        def.define(PAGE_SIZE_CONFIG, Type.INT, 100, ConfigDef.Range.between(1, 1000), Importance.MEDIUM, PAGE_SIZE_DOC,
                GROUP_POLLING, ++order, Width.SHORT, PAGE_SIZE_DISPLAY);
        def.define(OVERLAP_MS_CONFIG, Type.LONG, 10_000L, ConfigDef.Range.atLeast(0), Importance.MEDIUM, OVERLAP_MS_DOC,
                GROUP_POLLING, ++order, Width.SHORT, OVERLAP_MS_DISPLAY);
        def.define(START_TIMESTAMP_CONFIG, Type.STRING, "1970-01-01T00:00:00Z", Validators.isoInstant(),
                Importance.MEDIUM, START_TIMESTAMP_DOC, GROUP_POLLING, ++order, Width.MEDIUM, START_TIMESTAMP_DISPLAY);
        def.define(RETRY_BACKOFF_MS_CONFIG, Type.LONG, 1_000L, ConfigDef.Range.atLeast(1), Importance.LOW,
                RETRY_BACKOFF_MS_DOC, GROUP_POLLING, ++order, Width.SHORT, RETRY_BACKOFF_MS_DISPLAY);
        def.define(RETRY_BACKOFF_MAX_MS_CONFIG, Type.LONG, 60_000L, ConfigDef.Range.atLeast(1), Importance.LOW,
                RETRY_BACKOFF_MAX_MS_DOC, GROUP_POLLING, ++order, Width.SHORT, RETRY_BACKOFF_MAX_MS_DISPLAY);
        def.define(RETRY_AMBIGUOUS_CONFIG, Type.INT, 5, ConfigDef.Range.atLeast(0), Importance.LOW,
                RETRY_AMBIGUOUS_DOC, GROUP_POLLING, ++order, Width.SHORT, RETRY_AMBIGUOUS_DISPLAY);

        order = 0;
        def.define(WRITEBACK_LOOKUP_ENABLED_CONFIG, Type.BOOLEAN, true, Importance.MEDIUM,
                WRITEBACK_LOOKUP_ENABLED_DOC, GROUP_WRITE_BACK, ++order, Width.SHORT, WRITEBACK_LOOKUP_ENABLED_DISPLAY);
        def.define(WRITEBACK_CLASS_CONFIG, Type.STRING, WriteBackLookup.DEFAULT_REPRESENTATION.className(),
                new ConfigDef.NonEmptyStringWithoutControlChars(), Importance.LOW, WRITEBACK_CLASS_DOC,
                GROUP_WRITE_BACK, ++order, Width.SHORT, WRITEBACK_CLASS_DISPLAY);
        def.define(WRITEBACK_REPRESENTATION_CONFIG, Type.STRING,
                WriteBackLookup.DEFAULT_REPRESENTATION.representation(), new ConfigDef.NonEmptyStringWithoutControlChars(),
                Importance.LOW, WRITEBACK_REPRESENTATION_DOC, GROUP_WRITE_BACK, ++order, Width.SHORT,
                WRITEBACK_REPRESENTATION_DISPLAY);
        def.define(WRITEBACK_KEY_FIELD_CONFIG, Type.STRING, WriteBackLookup.DEFAULT_KEY_FIELD,
                new ConfigDef.NonEmptyStringWithoutControlChars(), Importance.LOW, WRITEBACK_KEY_FIELD_DOC,
                GROUP_WRITE_BACK, ++order, Width.SHORT, WRITEBACK_KEY_FIELD_DISPLAY);
        def.define(WRITEBACK_KIND_FIELD_CONFIG, Type.STRING, WriteBackLookup.DEFAULT_KIND_FIELD, Importance.LOW,
                WRITEBACK_KIND_FIELD_DOC, GROUP_WRITE_BACK, ++order, Width.SHORT, WRITEBACK_KIND_FIELD_DISPLAY);
        def.define(WRITEBACK_TRACKING_NUMBERS_FIELD_CONFIG, Type.STRING, WriteBackLookup.DEFAULT_TRACKING_NUMBERS_FIELD,
                new ConfigDef.NonEmptyStringWithoutControlChars(), Importance.LOW, WRITEBACK_TRACKING_NUMBERS_FIELD_DOC,
                GROUP_WRITE_BACK, ++order, Width.SHORT, WRITEBACK_TRACKING_NUMBERS_FIELD_DISPLAY);
        def.define(WRITEBACK_DIGEST_FIELD_CONFIG, Type.STRING, WriteBackLookup.DEFAULT_DIGEST_FIELD, Importance.LOW,
                WRITEBACK_DIGEST_FIELD_DOC, GROUP_WRITE_BACK, ++order, Width.SHORT, WRITEBACK_DIGEST_FIELD_DISPLAY);
        def.define(WRITEBACK_ECHO_TOLERANCE_MS_CONFIG, Type.LONG, WriteBackLookup.DEFAULT_ECHO_TOLERANCE.toMillis(),
                ConfigDef.Range.atLeast(0), Importance.LOW, WRITEBACK_ECHO_TOLERANCE_MS_DOC, GROUP_WRITE_BACK, ++order,
                Width.SHORT, WRITEBACK_ECHO_TOLERANCE_MS_DISPLAY);
        def.define(WRITEBACK_GRAPHQL_TRACKING_NUMBERS_PROPERTY_CONFIG, Type.STRING,
                WriteBackLookup.DEFAULT_GRAPHQL_TRACKING_NUMBERS_PROPERTY, Importance.LOW,
                WRITEBACK_GRAPHQL_TRACKING_NUMBERS_PROPERTY_DOC, GROUP_WRITE_BACK, ++order, Width.MEDIUM,
                WRITEBACK_GRAPHQL_TRACKING_NUMBERS_PROPERTY_DISPLAY);
        def.define(WRITEBACK_GRAPHQL_DIGEST_PROPERTY_CONFIG, Type.STRING, "", Importance.LOW,
                WRITEBACK_GRAPHQL_DIGEST_PROPERTY_DOC, GROUP_WRITE_BACK, ++order, Width.MEDIUM,
                WRITEBACK_GRAPHQL_DIGEST_PROPERTY_DISPLAY);
        return def;
    }

    public X3SourceConfig(Map<String, String> props) {
        super(CONFIG_DEF, props);
    }

    public Transport transport() {
        return Transport.valueOf(getString(X3ConnectionConfig.TRANSPORT_CONFIG).trim().toUpperCase(Locale.ROOT));
    }

    /**
     * Whether the credentials are a single rotating chain (a refresh token): then one task reads every
     * partition, and validation does not log in (logging in would spend the token the task needs).
     */
    public boolean singleTokenHolder() {
        return authMode() == AuthMode.REFRESH_TOKEN;
    }

    public List<OrderKind> entities() {
        return getList(ENTITIES_CONFIG).stream()
                .map(e -> OrderKind.valueOf(e.trim().toUpperCase(Locale.ROOT))).toList();
    }

    public String representation(OrderKind kind) {
        return getString(kind == OrderKind.SALES ? SALES_REPRESENTATION_CONFIG : PURCHASE_REPRESENTATION_CONFIG).trim();
    }

    public OrderSelection selection() {
        return new OrderSelection(set(STATUSES_CONFIG), set(DELIVERY_MODES_CONFIG), set(CARRIERS_CONFIG),
                set(SITES_CONFIG), X3ConnectionConfig.text(this, WHERE_CONFIG));
    }

    public String topic() {
        return getString(TOPIC_CONFIG).trim();
    }

    /** Which item-master fields hold customs data, and how long items and contacts are remembered. */
    public ItemMasterConfig itemMaster() {
        return new ItemMasterConfig(getString(COMMODITY_CODE_FIELD_CONFIG), getString(ORIGIN_COUNTRY_FIELD_CONFIG),
                getString(COMMODITY_CODE_PROPERTY_CONFIG), getString(ORIGIN_COUNTRY_PROPERTY_CONFIG),
                getInt(MASTER_CACHE_SIZE_CONFIG), Duration.ofMillis(getLong(MASTER_CACHE_MAX_AGE_MS_CONFIG)));
    }

    /** Where each page's write-back records are read, or {@link WriteBackLookup#DISABLED}. */
    public WriteBackLookup writeBackLookup() {
        return new WriteBackLookup(getBoolean(WRITEBACK_LOOKUP_ENABLED_CONFIG),
                X3Representation.of(getString(WRITEBACK_CLASS_CONFIG).trim(),
                        getString(WRITEBACK_REPRESENTATION_CONFIG).trim()),
                getString(WRITEBACK_KEY_FIELD_CONFIG).trim(), getString(WRITEBACK_KIND_FIELD_CONFIG),
                getString(WRITEBACK_TRACKING_NUMBERS_FIELD_CONFIG).trim(), getString(WRITEBACK_DIGEST_FIELD_CONFIG),
                Duration.ofMillis(getLong(WRITEBACK_ECHO_TOLERANCE_MS_CONFIG)),
                getString(WRITEBACK_GRAPHQL_TRACKING_NUMBERS_PROPERTY_CONFIG),
                getString(WRITEBACK_GRAPHQL_DIGEST_PROPERTY_CONFIG));
    }

    public Duration pollInterval() {
        return Duration.ofMillis(getLong(POLL_INTERVAL_MS_CONFIG));
    }

    public int pageSize() {
        return getInt(PAGE_SIZE_CONFIG);
    }

    public Duration overlap() {
        return Duration.ofMillis(getLong(OVERLAP_MS_CONFIG));
    }

    public Instant startTimestamp() {
        return Instant.parse(getString(START_TIMESTAMP_CONFIG).trim());
    }

    public Duration retryBackoff() {
        return Duration.ofMillis(getLong(RETRY_BACKOFF_MS_CONFIG));
    }

    public Duration retryBackoffMax() {
        return Duration.ofMillis(Math.max(getLong(RETRY_BACKOFF_MAX_MS_CONFIG), getLong(RETRY_BACKOFF_MS_CONFIG)));
    }

    public int rejectedRetries() {
        return getInt(RETRY_AMBIGUOUS_CONFIG);
    }

    private Set<String> set(String name) {
        Set<String> values = new LinkedHashSet<>();
        for (String value : getList(name)) {
            if (!value.isBlank()) {
                values.add(value.trim());
            }
        }
        return values;
    }

}
