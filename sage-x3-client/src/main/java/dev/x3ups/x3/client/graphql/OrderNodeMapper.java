package dev.x3ups.x3.client.graphql;

import com.fasterxml.jackson.databind.JsonNode;
import dev.x3ups.records.Order;
import dev.x3ups.records.OrderKind;

/** One kind of order over GraphQL: where its query lives, what to select, and how to map a node. */
interface OrderNodeMapper {

    OrderKind kind();

    /** The package and node, e.g. {@code x3Sales} and {@code salesOrder}. */
    String packageName();

    String nodeName();

    /** The node's selection set, without braces. */
    String selection();

    /** @throws IllegalArgumentException when the node lacks its id or update stamp */
    Order map(String folder, JsonNode node);
}
