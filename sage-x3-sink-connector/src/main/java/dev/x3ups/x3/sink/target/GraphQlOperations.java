package dev.x3ups.x3.sink.target;

import java.util.Arrays;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The site's GraphQL documents for the tracking write-back.
 *
 * @param mutation      mutation document taking one input variable
 * @param inputVariable name of that variable (without {@code $})
 * @param keyField      input field naming the order (e.g. {@code id})
 * @param readQuery     query document taking {@code $id}, returning the order's tracking fields
 * @param readPath      dot path of the order object in the query's data, e.g. {@code x3Sales.salesOrder.read}
 */
public record GraphQlOperations(String mutation, String inputVariable, String keyField, String readQuery,
        String readPath) {

    public static final String DEFAULT_MUTATION = "mutation WriteTracking($data: SalesOrderUpdateInput!) "
            + "{ x3Sales { salesOrder { update(data: $data) { id } } } }";
    public static final String DEFAULT_READ_QUERY = "query ReadTracking($id: String!) { x3Sales { salesOrder "
            + "{ read(_id: $id) { id yTrackingNumbers yCarrier yCarrierStatusCode yCarrierStatusDescription "
            + "yScheduledDeliveryDate yDeliveredAt yExceptionFlag yExceptionCode yExceptionReason yLastEventAt } } } }";
    public static final String DEFAULT_READ_PATH = "x3Sales.salesOrder.read";

    public GraphQlOperations {
        Objects.requireNonNull(mutation, "mutation");
        Objects.requireNonNull(inputVariable, "inputVariable");
        Objects.requireNonNull(keyField, "keyField");
        Objects.requireNonNull(readQuery, "readQuery");
        Objects.requireNonNull(readPath, "readPath");
    }

    /** {@link #readPath()} as a JSON pointer. */
    String readPointer() {
        return Arrays.stream(readPath.split("\\.")).map(String::strip).filter(s -> !s.isEmpty())
                .collect(Collectors.joining("/", "/", ""));
    }
}
