package dev.x3ups.x3.sink.config;

import dev.x3ups.x3.client.connect.X3ConnectionConfig;
import dev.x3ups.x3.client.connect.X3ConnectorConfig;
import dev.x3ups.x3.client.connect.X3CrossFieldChecks;
import dev.x3ups.x3.sink.status.StatusVocabulary;
import dev.x3ups.x3.sink.intake.WriteBackFit;
import dev.x3ups.x3.sink.status.TrackingNumbers;
import dev.x3ups.x3.sink.status.VoidedDisplay;
import dev.x3ups.x3.sink.target.FieldMapping;
import dev.x3ups.x3.sink.target.GraphQlOperations;
import dev.x3ups.x3.sink.write.Milestones;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.kafka.common.config.ConfigDef.Importance;
import org.apache.kafka.common.config.ConfigDef.Type;
import org.apache.kafka.common.config.ConfigDef.Width;
import org.apache.kafka.common.config.ConfigDef;

/**
 * Settings of the Sage X3 sink connector: the X3 connection and authentication settings shared with
 * the Sage X3 source connector ({@link X3ConnectionConfig}) and the sink's own target, status, topic
 * and retry settings.
 */
public class X3SinkConfig extends X3ConnectorConfig {

    public static final String GROUP_TARGET = "Target";
    public static final String GROUP_STATUS = "Status vocabulary";
    public static final String GROUP_TOPICS = "Topics";
    public static final String GROUP_RETRY = "Retry";

    private static final String ENDPOINT_DOC = "Syracuse endpoint (X3 folder) written to, e.g. SEED. Records of "
            + "orders of other folders are skipped.";
    private static final String REFRESH_TOKEN_FILE_DOC = "File where rotated refresh tokens are kept across restarts "
            + "when there is no token topic. A file serves one connector: an X3 source and sink of the same pairing "
            + "share the token through the topic (x3.refresh.token.bootstrap.servers). Empty: memory only.";

    public static final String TARGET_CONFIG = "x3.target";
    private static final String TARGET_DOC = "API1: a custom api1 class/representation with $create/$edit facets. "
            + "GRAPHQL: a GraphQL mutation the site enabled.";
    public static final String TARGET_CLASS_CONFIG = "x3.target.class";
    private static final String TARGET_CLASS_DOC = "api1 class holding one tracking record per order.";
    public static final String TARGET_REPRESENTATION_CONFIG = "x3.target.representation";
    private static final String TARGET_REPRESENTATION_DOC = "api1 representation of that class with $create and $edit facets.";
    public static final String TARGET_KEY_FIELD_CONFIG = "x3.target.key.field";
    private static final String TARGET_KEY_FIELD_DOC = "Key property of the class; it receives the order number "
            + "(the number part of the order key).";
    public static final String TARGET_KIND_FIELD_CONFIG = "x3.target.kind.field";
    private static final String TARGET_KIND_FIELD_DOC = "Property receiving the order type (SALES or PURCHASE) on "
            + "create; empty when the class has none.";
    public static final String TARGET_FIELDS_CONFIG = "x3.target.fields";
    private static final String TARGET_FIELDS_DOC = "api1 property of each written value, as logicalName=PROPERTY. "
            + "Logical names: trackingNumbers, carrier, statusCode, statusDescription, scheduledDelivery, deliveredAt, "
            + "exceptionFlag, exceptionCode, exceptionReason, lastEventAt, orderDigest (digest of the order content "
            + "the UPS sink last settled: it recognises by it an order whose ledger entry was retired) and pickup (the "
            + "UPS pickup collecting the order: PRN, day and window; not in the default list: add pickup=YPCKPRN when "
            + "sites book pickups). trackingNumbers, statusCode and lastEventAt are required; leave others out if the "
            + "site does not keep them.";
    public static final String GRAPHQL_PATH_CONFIG = "x3.target.graphql.path";
    private static final String GRAPHQL_PATH_DOC = "Path of the GraphQL API: /xtrem/api (X3 Services, endpoint sent "
            + "in x-xtrem-endpoint) or /v1/service/{endpoint}/api (X3 Cloud gateway).";
    public static final String GRAPHQL_MUTATION_CONFIG = "x3.target.graphql.mutation";
    private static final String GRAPHQL_MUTATION_DOC = "Mutation document taking one input variable (see "
            + "x3.target.graphql.input.variable) holding the key field and the changed fields.";
    public static final String GRAPHQL_INPUT_VARIABLE_CONFIG = "x3.target.graphql.input.variable";
    private static final String GRAPHQL_INPUT_VARIABLE_DOC = "Name of the mutation's input variable, without $.";
    public static final String GRAPHQL_KEY_FIELD_CONFIG = "x3.target.graphql.key.field";
    private static final String GRAPHQL_KEY_FIELD_DOC = "Input field that receives the order number.";
    public static final String GRAPHQL_READ_QUERY_CONFIG = "x3.target.graphql.read.query";
    private static final String GRAPHQL_READ_QUERY_DOC = "Query document taking $id (the order number) that returns "
            + "the order's tracking fields; tells the connector what X3 holds after a restart.";
    public static final String GRAPHQL_READ_PATH_CONFIG = "x3.target.graphql.read.path";
    private static final String GRAPHQL_READ_PATH_DOC = "Dot path of the order object in the read query's data.";
    public static final String GRAPHQL_FIELDS_CONFIG = "x3.target.graphql.fields";
    private static final String GRAPHQL_FIELDS_DOC = "GraphQL input/output field of each written value, as "
            + "logicalName=field (same logical names as x3.target.fields; add orderDigest=yOrderDigest once the sales "
            + "order node has that property).";
    public static final String TRACKING_NUMBERS_MAX_CONFIG = "x3.target.tracking.numbers.max";
    private static final String TRACKING_NUMBERS_MAX_DOC = "How many tracking numbers the target field holds (the "
            + "dimension of YTRKNUM, or the size of the GraphQL list). An order with more packages gets the first ones "
            + "in package order and a warning in the log; it is not flagged as a carrier exception.";
    public static final String CARRIER_CONFIG = "x3.target.carrier";
    private static final String CARRIER_DOC = "Carrier code written with the tracking (X3 BPTNUM).";

    public static final String STATUS_MAP_CONFIG = "x3.status.map";
    private static final String STATUS_MAP_DOC = "UPS status to X3 status code, as TYPE=X3CODE or TYPE:CODE=X3CODE "
            + "(the more specific wins; an unmapped UPS type is written as is). UPS types: M manifest, MV voided, "
            + "P pickup, I in transit, W warehousing, O out for delivery, D delivered, X exception, RS returned to "
            + "shipper, DO/DD delivered to origin/destination CFS, NA not available.";

    public static final String VOIDED_FLAG_REASONS_CONFIG = "x3.voided.flag.reasons";
    private static final String VOIDED_FLAG_REASONS_DOC = "Reasons of a voided shipment that raise the exception "
            + "flag in X3. Every void is written with the status code of UPS type MV (see x3.status.map), the "
            + "description 'Shipment voided' and the reason in exceptionCode/exceptionReason: CANCELLED (the order "
            + "was cancelled in X3), UNUSED_LABEL (no pickup scan in time), DUPLICATE (a twin voided). A void is no "
            + "carrier exception; the flag asks someone to look, as an unused label or a voided twin leaves the order "
            + "unshipped. Empty: a void never raises the flag.";

    public static final String MILESTONES_CONFIG = "x3.milestones";
    private static final String MILESTONES_DOC = "Carrier events worth an X3 write of their own: CREATED (the CREATED ledger entry; UPS's M "
            + "repeats it), PICKED_UP (P, or I with code PU), IN_TRANSIT (I, W, DO, DD), OUT_FOR_DELIVERY (O, or I with code OT/OD/RO), DELIVERED (D), "
            + "EXCEPTION (X), RETURNED (RS), VOIDED (MV), OTHER (any other type); ALL: every event. Any other event "
            + "writes nothing by itself and goes with its order's next write. Ledger states (created, failed, held, "
            + "voided), pickups and carrier exceptions are always written.";

    public static final String SHIPMENTS_TOPIC_CONFIG = "x3.shipments.topic";
    private static final String SHIPMENTS_TOPIC_DOC = "Topic of the UPS sink's shipment ledger; list it in 'topics' too.";
    public static final String TRACKING_TOPIC_CONFIG = "x3.tracking.topic";
    private static final String TRACKING_TOPIC_DOC = "Topic of UPS tracking events; list it in 'topics' too.";
    public static final String PICKUPS_TOPIC_CONFIG = "x3.pickups.topic";
    private static final String PICKUPS_TOPIC_DOC = "Topic of the UPS sink's daily site pickups: a booked pickup's "
            + "PRN, day and window are written on each order it collects, to the field mapped as 'pickup' in "
            + "x3.target.fields / x3.target.graphql.fields (e.g. pickup=YPCKPRN). List it in 'topics' too when "
            + "sites book pickups.";

    public static final String RETRY_MAX_ATTEMPTS_CONFIG = "retry.max.attempts";
    private static final String RETRY_MAX_ATTEMPTS_DOC = "Attempts per X3 call on transient errors (5xx, timeouts, "
            + "throttling, busy diagnoses) before the batch is handed back to Connect for re-delivery.";
    public static final String RETRY_BACKOFF_MS_CONFIG = "retry.backoff.ms";
    private static final String RETRY_BACKOFF_MS_DOC = "First wait after a transient X3 error; doubled on each further one.";
    public static final String RETRY_BACKOFF_MAX_MS_CONFIG = "retry.backoff.max.ms";
    private static final String RETRY_BACKOFF_MAX_MS_DOC = "Longest wait between retries; also the pause before "
            + "Connect re-delivers a batch that kept failing.";
    public static final String MAX_IN_FLIGHT_CONFIG = "max.in.flight.orders";
    private static final String MAX_IN_FLIGHT_DOC = "Orders written to X3 concurrently (writes for one order never overlap).";
    public static final String CACHE_MAX_ORDERS_CONFIG = "state.cache.max.orders";
    private static final String CACHE_MAX_ORDERS_DOC = "Orders whose X3 state is kept in memory; others are read again.";
    public static final String READ_BEFORE_WRITE_CONFIG = "x3.read.before.write";
    private static final String READ_BEFORE_WRITE_DOC = "Read the order's X3 record before its first write since "
            + "start (2 calls). false: an order whose first update is a ledger entry starting it is created without "
            + "the read (1 call; 3 if X3 already holds the record); other orders are still read first. Set true where "
            + "other programs also write the record.";

    private static final List<String> TARGETS = names(TargetKind.values());

    public static final ConfigDef CONFIG_DEF = configDef();
    public static final X3CrossFieldChecks CHECKS = new X3CrossFieldChecks("Sage X3 sink", CONFIG_DEF,
            RETRY_BACKOFF_MS_CONFIG, RETRY_BACKOFF_MAX_MS_CONFIG, Checks::graphQlNeedsToken);

    private static ConfigDef configDef() {
        ConfigDef def = X3ConnectionConfig.withoutTransport().endpointDoc(ENDPOINT_DOC)
                .refreshTokenFileDoc(REFRESH_TOKEN_FILE_DOC).addTo(new ConfigDef());
        int o = 0;
        def.define(TARGET_CONFIG, Type.STRING, TargetKind.API1.name(), oneOf(TARGETS), Importance.HIGH, TARGET_DOC,
                GROUP_TARGET, ++o, Width.SHORT, "Target");
        target(def, TARGET_CLASS_CONFIG, Type.STRING, "YSHIPTRK", nonEmpty(), TARGET_CLASS_DOC, ++o, "api1 class");
        target(def, TARGET_REPRESENTATION_CONFIG, Type.STRING, "YSHIPTRK", nonEmpty(), TARGET_REPRESENTATION_DOC, ++o,
                "api1 representation");
        target(def, TARGET_KEY_FIELD_CONFIG, Type.STRING, "YORDNUM", nonEmpty(), TARGET_KEY_FIELD_DOC, ++o, "api1 key field");
        target(def, TARGET_KIND_FIELD_CONFIG, Type.STRING, "YORDTYP", null, TARGET_KIND_FIELD_DOC, ++o, "api1 order type field");
        target(def, TARGET_FIELDS_CONFIG, Type.LIST, String.join(",", FieldMapping.API1_DEFAULT), Checks.fieldMap(),
                TARGET_FIELDS_DOC, ++o, "api1 fields");
        target(def, GRAPHQL_PATH_CONFIG, Type.STRING, "/xtrem/api", nonEmpty(), GRAPHQL_PATH_DOC, ++o, "GraphQL path");
        target(def, GRAPHQL_MUTATION_CONFIG, Type.STRING, GraphQlOperations.DEFAULT_MUTATION, new ConfigDef.NonEmptyString(),
                GRAPHQL_MUTATION_DOC, ++o, "GraphQL mutation");
        target(def, GRAPHQL_INPUT_VARIABLE_CONFIG, Type.STRING, "data", nonEmpty(), GRAPHQL_INPUT_VARIABLE_DOC, ++o,
                "GraphQL input variable");
        target(def, GRAPHQL_KEY_FIELD_CONFIG, Type.STRING, "id", nonEmpty(), GRAPHQL_KEY_FIELD_DOC, ++o, "GraphQL key field");
        target(def, GRAPHQL_READ_QUERY_CONFIG, Type.STRING, GraphQlOperations.DEFAULT_READ_QUERY, new ConfigDef.NonEmptyString(),
                GRAPHQL_READ_QUERY_DOC, ++o, "GraphQL read query");
        target(def, GRAPHQL_READ_PATH_CONFIG, Type.STRING, GraphQlOperations.DEFAULT_READ_PATH, nonEmpty(),
                GRAPHQL_READ_PATH_DOC, ++o, "GraphQL read path");
        target(def, GRAPHQL_FIELDS_CONFIG, Type.LIST, String.join(",", FieldMapping.GRAPHQL_DEFAULT), Checks.fieldMap(),
                GRAPHQL_FIELDS_DOC, ++o, "GraphQL fields");
        target(def, CARRIER_CONFIG, Type.STRING, "UPS", nonEmpty(), CARRIER_DOC, ++o, "Carrier code");
        target(def, TRACKING_NUMBERS_MAX_CONFIG, Type.INT, TrackingNumbers.DEFAULT_CAPACITY, ConfigDef.Range.between(1, 999),
                TRACKING_NUMBERS_MAX_DOC, ++o, "Tracking numbers per order");

        def.define(STATUS_MAP_CONFIG, Type.LIST, String.join(",", StatusVocabulary.DEFAULT_ENTRIES), Checks.statusMap(),
                Importance.MEDIUM, STATUS_MAP_DOC, GROUP_STATUS, 1, Width.LONG, "UPS to X3 status");
        def.define(VOIDED_FLAG_REASONS_CONFIG, Type.LIST, String.join(",", VoidedDisplay.DEFAULT_FLAGGED.stream()
                .sorted().toList()), Importance.LOW, VOIDED_FLAG_REASONS_DOC, GROUP_STATUS, 2, Width.MEDIUM,
                "Void reasons that flag the order");
        def.define(MILESTONES_CONFIG, Type.LIST, String.join(",", Milestones.DEFAULT), Checks.milestones(),
                Importance.MEDIUM, MILESTONES_DOC, GROUP_STATUS, 3, Width.LONG, "Milestones written");

        def.define(SHIPMENTS_TOPIC_CONFIG, Type.STRING, "ups.shipments", nonEmpty(), Importance.MEDIUM,
                SHIPMENTS_TOPIC_DOC, GROUP_TOPICS, 1, Width.MEDIUM, "Shipments topic");
        def.define(TRACKING_TOPIC_CONFIG, Type.STRING, "ups.tracking", nonEmpty(), Importance.MEDIUM,
                TRACKING_TOPIC_DOC, GROUP_TOPICS, 2, Width.MEDIUM, "Tracking topic");
        def.define(PICKUPS_TOPIC_CONFIG, Type.STRING, "ups.pickups", nonEmpty(), Importance.LOW,
                PICKUPS_TOPIC_DOC, GROUP_TOPICS, 3, Width.MEDIUM, "Pickups topic");

        o = 0;
        def.define(RETRY_MAX_ATTEMPTS_CONFIG, Type.INT, 5, ConfigDef.Range.between(1, 100), Importance.LOW,
                RETRY_MAX_ATTEMPTS_DOC, GROUP_RETRY, ++o, Width.SHORT, "Attempts per call");
        def.define(RETRY_BACKOFF_MS_CONFIG, Type.LONG, 500L, ConfigDef.Range.atLeast(1), Importance.LOW,
                RETRY_BACKOFF_MS_DOC, GROUP_RETRY, ++o, Width.SHORT, "Retry backoff (ms)");
        def.define(RETRY_BACKOFF_MAX_MS_CONFIG, Type.LONG, 10_000L, ConfigDef.Range.atLeast(1), Importance.LOW,
                RETRY_BACKOFF_MAX_MS_DOC, GROUP_RETRY, ++o, Width.SHORT, "Max retry backoff (ms)");
        def.define(MAX_IN_FLIGHT_CONFIG, Type.INT, 4, ConfigDef.Range.between(1, 64), Importance.LOW,
                MAX_IN_FLIGHT_DOC, GROUP_RETRY, ++o, Width.SHORT, "Orders in flight");
        def.define(CACHE_MAX_ORDERS_CONFIG, Type.INT, 100_000, ConfigDef.Range.atLeast(1), Importance.LOW,
                CACHE_MAX_ORDERS_DOC, GROUP_RETRY, ++o, Width.SHORT, "Cached orders");
        def.define(READ_BEFORE_WRITE_CONFIG, Type.BOOLEAN, false, Importance.LOW, READ_BEFORE_WRITE_DOC, GROUP_RETRY,
                ++o, Width.SHORT, "Read before first write");
        return def;
    }

    public X3SinkConfig(Map<String, String> props) {
        super(CONFIG_DEF, props);
    }

    public TargetKind target() {
        return TargetKind.valueOf(getString(TARGET_CONFIG).trim().toUpperCase(Locale.ROOT));
    }

    public FieldMapping api1Fields() {
        return FieldMapping.parse(getList(TARGET_FIELDS_CONFIG));
    }

    public FieldMapping graphQlFields() {
        return FieldMapping.parse(getList(GRAPHQL_FIELDS_CONFIG));
    }

    public GraphQlOperations graphQlOperations() {
        return new GraphQlOperations(getString(GRAPHQL_MUTATION_CONFIG), getString(GRAPHQL_INPUT_VARIABLE_CONFIG).trim(),
                getString(GRAPHQL_KEY_FIELD_CONFIG).trim(), getString(GRAPHQL_READ_QUERY_CONFIG),
                getString(GRAPHQL_READ_PATH_CONFIG).trim());
    }

    public TrackingNumbers trackingNumbers() {
        return new TrackingNumbers(getInt(TRACKING_NUMBERS_MAX_CONFIG));
    }

    public StatusVocabulary statusVocabulary() {
        return StatusVocabulary.parse(getList(STATUS_MAP_CONFIG));
    }

    /** How voided shipments show in X3; the reasons fitted like the codes they are compared with. */
    public VoidedDisplay voidedDisplay() {
        return new VoidedDisplay(getList(VOIDED_FLAG_REASONS_CONFIG).stream().filter(r -> !r.isBlank())
                .map(WriteBackFit::code).collect(Collectors.toSet()));
    }

    public Milestones milestones() {
        return Milestones.parse(getList(MILESTONES_CONFIG));
    }

    public Duration retryBackoff() {
        return Duration.ofMillis(getLong(RETRY_BACKOFF_MS_CONFIG));
    }

    public Duration retryBackoffMax() {
        return Duration.ofMillis(Math.max(getLong(RETRY_BACKOFF_MAX_MS_CONFIG), getLong(RETRY_BACKOFF_MS_CONFIG)));
    }

    private static void target(ConfigDef def, String name, Type type, Object defaultValue, ConfigDef.Validator validator,
            String doc, int order, String display) {
        def.define(name, type, defaultValue, validator, Importance.MEDIUM, doc, GROUP_TARGET, order, Width.LONG, display);
    }

    private static ConfigDef.Validator nonEmpty() {
        return new ConfigDef.NonEmptyStringWithoutControlChars();
    }

    private static ConfigDef.Validator oneOf(List<String> values) {
        return ConfigDef.CaseInsensitiveValidString.in(values.toArray(String[]::new));
    }

    private static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }
}
