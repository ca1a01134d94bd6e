package dev.x3ups.ups.tracking.events;

import static dev.x3ups.ups.tracking.events.UpsTimes.trimmed;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.x3ups.records.TrackingEvent;
import dev.x3ups.records.TrackingSource;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.StringJoiner;

/**
 * Reads a Track Alert {@code TrackingEventRequest} (docs/architecture.md, "UPS facts: Track Alert") leniently: {@code ""} is absent, the
 * tracking number is trimmed, {@code descriptionCode} may be a string or a number, patterns are not enforced.
 * Only a tracking number and a status type are required. The GMT date/time is preferred; without it the local
 * date/time with {@code gmtOffset}; without either, the time we received it (so the scan is not lost).
 */
public final class WebhookEventParser {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Clock clock;

    public WebhookEventParser(Clock clock) {
        this.clock = clock;
    }

    public TrackingEvent parse(byte[] body) throws MalformedEventException {
        JsonNode root;
        try {
            root = JSON.readTree(body);
        } catch (JsonProcessingException e) {
            throw new MalformedEventException("body is not JSON (" + e.getOriginalMessage() + ")");
        } catch (IOException e) {
            throw new MalformedEventException("body is unreadable");
        }
        if (root == null || !root.isObject()) {
            throw new MalformedEventException("body is not a JSON object");
        }
        String trackingNumber = text(root, "trackingNumber");
        JsonNode status = root.path("activityStatus");
        String type = text(status, "type");
        if (trackingNumber == null || type == null) {
            throw new MalformedEventException("trackingNumber and activityStatus.type are required");
        }
        type = type.toUpperCase(Locale.ROOT);
        ZoneOffset offset = UpsTimes.offset(text(root, "gmtOffset"));
        Instant activity = activityTime(root, offset);
        String description = text(status, "description");
        boolean exception = TrackingEvent.isExceptionType(type);
        return new TrackingEvent(trackingNumber.toUpperCase(Locale.ROOT), null, type, text(status, "code"),
                description, activity, text(root, "localActivityDate"), text(root, "localActivityTime"),
                location(root.path("activityLocation")), UpsTimes.date(text(root, "scheduledDeliveryDate")),
                UpsTimes.instant(text(root, "actualDeliveryDate"), text(root, "actualDeliveryTime"), offset),
                exception, exception ? description : null, TrackingSource.WEBHOOK);
    }

    private Instant activityTime(JsonNode root, ZoneOffset offset) {
        Instant gmt = UpsTimes.instant(text(root, "gmtActivityDate"), text(root, "gmtActivityTime"), ZoneOffset.UTC);
        if (gmt != null) {
            return gmt;
        }
        Instant local = UpsTimes.instant(text(root, "localActivityDate"), text(root, "localActivityTime"), offset);
        return local != null ? local : clock.instant();
    }

    static String location(JsonNode location) {
        StringJoiner line = new StringJoiner(", ");
        for (String field : new String[] {"city", "stateProvince", "postalCode", "country"}) {
            String value = text(location, field);
            if (value != null) {
                line.add(value);
            }
        }
        return line.length() == 0 ? null : line.toString();
    }

    /** Text of a scalar field (numbers included, e.g. an unquoted descriptionCode); null when absent or blank. */
    static String text(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        if (value == null || value.isNull() || value.isContainerNode()) {
            return null;
        }
        return trimmed(value.asText());
    }
}
