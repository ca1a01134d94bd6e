package dev.x3ups.x3.client;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Where the X3 sink writes an order's tracking back (an api1 class keyed by order number, {@code YSHIPTRK} by
 * default), so the order feed can read it for a whole page of orders in one call: to attach it to each order
 * as evidence of an earlier shipment, and to recognise a change of the order that our own write-back caused.
 *
 * @param enabled              false: no lookup, no evidence, no echo recognition (every changed row is read)
 * @param representation       api1 class and representation of the write-back record
 * @param keyField             key property holding the order number
 * @param kindField            property holding SALES or PURCHASE; null when the class has none
 * @param trackingNumbersField dimensioned property of the tracking numbers
 * @param digestField          property of the order digest the X3 sink wrote; null when the class has none
 * @param echoTolerance        how far apart the write-back record's and the order's UPDDATTIM may be for the
 *                             order's change to count as the write-back's
 * @param graphQlTrackingNumbersProperty GraphQL: property of the sales order node holding the tracking numbers
 *                             the X3 sink wrote (selected with the page, no extra call); null for none
 * @param graphQlDigestProperty GraphQL: property of the sales order node holding the order digest; null for none
 */
public record WriteBackLookup(boolean enabled, X3Representation representation, String keyField, String kindField,
                              String trackingNumbersField, String digestField, Duration echoTolerance,
                              String graphQlTrackingNumbersProperty, String graphQlDigestProperty) {

    public static final X3Representation DEFAULT_REPRESENTATION = X3Representation.of("YSHIPTRK", "YSHIPTRK");
    public static final String DEFAULT_KEY_FIELD = "YORDNUM";
    public static final String DEFAULT_KIND_FIELD = "YORDTYP";
    public static final String DEFAULT_TRACKING_NUMBERS_FIELD = "YTRKNUM";
    public static final String DEFAULT_DIGEST_FIELD = "YORDDIG";
    public static final Duration DEFAULT_ECHO_TOLERANCE = Duration.ofSeconds(1);
    /** The X3 sink's default GraphQL mapping of the tracking numbers. */
    public static final String DEFAULT_GRAPHQL_TRACKING_NUMBERS_PROPERTY = "yTrackingNumbers";

    /** The X3 sink's default YSHIPTRK mapping. */
    public static final WriteBackLookup DEFAULT = new WriteBackLookup(true, DEFAULT_REPRESENTATION, DEFAULT_KEY_FIELD,
            DEFAULT_KIND_FIELD, DEFAULT_TRACKING_NUMBERS_FIELD, DEFAULT_DIGEST_FIELD, DEFAULT_ECHO_TOLERANCE,
            DEFAULT_GRAPHQL_TRACKING_NUMBERS_PROPERTY, null);

    /** Today's feed: every changed row read in full, no evidence attached. */
    public static final WriteBackLookup DISABLED = new WriteBackLookup(false, DEFAULT_REPRESENTATION,
            DEFAULT_KEY_FIELD, DEFAULT_KIND_FIELD, DEFAULT_TRACKING_NUMBERS_FIELD, DEFAULT_DIGEST_FIELD,
            DEFAULT_ECHO_TOLERANCE, DEFAULT_GRAPHQL_TRACKING_NUMBERS_PROPERTY, null);

    public WriteBackLookup {
        Objects.requireNonNull(representation, "representation");
        Objects.requireNonNull(keyField, "keyField");
        Objects.requireNonNull(trackingNumbersField, "trackingNumbersField");
        Objects.requireNonNull(echoTolerance, "echoTolerance");
        kindField = blankToNull(kindField);
        digestField = blankToNull(digestField);
        graphQlTrackingNumbersProperty = blankToNull(graphQlTrackingNumbersProperty);
        graphQlDigestProperty = blankToNull(graphQlDigestProperty);
        if (echoTolerance.isNegative()) {
            throw new IllegalArgumentException("echoTolerance must not be negative");
        }
    }

    /** The sales order node properties to select with each GraphQL page (empty when disabled or none). */
    public List<String> graphQlProperties() {
        if (!enabled) {
            return List.of();
        }
        return Stream.of(graphQlTrackingNumbersProperty, graphQlDigestProperty)
                .filter(Objects::nonNull).toList();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
