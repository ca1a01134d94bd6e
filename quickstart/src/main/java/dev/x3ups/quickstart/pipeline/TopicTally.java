package dev.x3ups.quickstart.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * What the topics say so far: orders discovered on {@code x3.orders}, the latest ledger entry per
 * order on {@code ups.shipments}, tracking events on {@code ups.tracking}, and the
 * sites' pickups on {@code ups.pickups}. Values are JSON, with or
 * without the schema envelope of Connect's JsonConverter. Thread-safe.
 */
public final class TopicTally {

    public static final String ORDERS = "x3.orders";
    public static final String SHIPMENTS = "ups.shipments";
    public static final String TRACKING = "ups.tracking";
    public static final String PICKUPS = "ups.pickups";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Set<String> orders = ConcurrentHashMap.newKeySet();
    private final Map<String, LedgerEntry> ledger = new ConcurrentHashMap<>();
    private final LongAdder trackingEvents = new LongAdder();
    private final LongAdder trackingExceptions = new LongAdder();
    private final LongAdder unreadable = new LongAdder();
    private final Map<String, String> pickupStates = new ConcurrentHashMap<>();

    public void accept(String topic, String key, String value) {
        switch (topic) {
            case ORDERS -> {
                if (key != null) {
                    orders.add(unquote(key));
                }
            }
            case SHIPMENTS -> ledger(key, value);
            case TRACKING -> tracking(value);
            case PICKUPS -> pickup(key, value);
            default -> { }
        }
    }

    private void ledger(String key, String value) {
        JsonNode v = payload(value);
        if (v == null) {
            return;
        }
        String orderKey = v.path("orderKey").asText(key == null ? "" : unquote(key));
        List<String> numbers = new ArrayList<>();
        v.path("trackingNumbers").forEach(n -> numbers.add(n.asText()));
        ledger.put(orderKey, new LedgerEntry(orderKey, v.path("state").asText(""), text(v, "reference"), numbers,
                text(v, "subscriptionState"), text(v, "failureMessage")));
    }

    private void pickup(String key, String value) {
        JsonNode v = payload(value);
        if (key != null && v != null) {
            pickupStates.put(unquote(key), v.path("state").asText(""));
        }
    }

    /** Site-days whose pickup is booked (on-call) or triggered (Smart). */
    public int pickupsBooked() {
        return (int) pickupStates.values().stream().filter("BOOKED"::equals).count();
    }

    private void tracking(String value) {
        JsonNode v = payload(value);
        if (v == null) {
            return;
        }
        trackingEvents.increment();
        if (v.path("exception").asBoolean(false)) {
            trackingExceptions.increment();
        }
    }

    private JsonNode payload(String value) {
        if (value == null) {
            return null; // a tombstone
        }
        try {
            JsonNode node = JSON.readTree(value);
            if (node != null && node.has("schema") && node.has("payload")) {
                node = node.get("payload");
            }
            return node == null || !node.isObject() ? null : node;
        } catch (IOException e) {
            unreadable.increment();
            return null;
        }
    }

    private static String text(JsonNode v, String field) {
        JsonNode n = v.get(field);
        return n == null || n.isNull() ? null : n.asText();
    }

    /** Keys written by StringConverter are bare, by JsonConverter quoted. */
    private static String unquote(String key) {
        String k = key.trim();
        if (k.length() >= 2 && k.startsWith("\"") && k.endsWith("\"")) {
            return k.substring(1, k.length() - 1);
        }
        if (k.startsWith("{")) {
            try {
                JsonNode node = JSON.readTree(k);
                if (node.has("payload") && node.get("payload").isTextual()) {
                    return node.get("payload").asText();
                }
            } catch (IOException ignored) {
                // not JSON after all: keep it as it is
            }
        }
        return k;
    }

    public int ordersDiscovered() {
        return orders.size();
    }

    public boolean discovered(String orderKey) {
        return orders.contains(orderKey);
    }

    public Map<String, LedgerEntry> ledger() {
        return Map.copyOf(ledger);
    }

    public long trackingEvents() {
        return trackingEvents.sum();
    }

    public long trackingExceptions() {
        return trackingExceptions.sum();
    }

    public long unreadable() {
        return unreadable.sum();
    }
}
