package dev.x3ups.ups.tracking.reconcile;

import dev.x3ups.records.TrackingEvent;
import dev.x3ups.records.TrackingSource;
import dev.x3ups.ups.client.quantumview.QuantumViewEvent;
import dev.x3ups.ups.tracking.events.UpsTimes;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;
import java.util.StringJoiner;

/**
 * A Quantum View event as a tracking event: Manifest → M, Origin → P, Exception → X, Delivery → D, Generic by
 * its activity type (OD/OT/RO → O, VM → MV, UD → U, DS/AG/SD/AD → I; others carry no status and are skipped).
 * Date and time are read as GMT, as the simulator writes them; UPS documents no zone for them (docs/architecture.md, "UPS facts: Quantum View").
 */
public final class QuantumViewEventMapper {
    private QuantumViewEventMapper() {
    }

    public static Optional<TrackingEvent> event(QuantumViewEvent e) {
        String tn = UpsTimes.trimmed(e.trackingNumber());
        Instant at = UpsTimes.instant(e.date(), e.time(), ZoneOffset.UTC);
        if (tn == null || at == null) {
            return Optional.empty();
        }
        String type;
        String code;
        String description = UpsTimes.trimmed(e.statusDescription());
        switch (e.kind()) {
            case MANIFEST -> {
                type = "M";
                code = "MP";
                description = description == null ? "Shipper created a label" : description;
            }
            case ORIGIN -> {
                type = "P";
                code = null;
                description = description == null ? "Pickup scan" : description;
            }
            case EXCEPTION -> {
                type = "X";
                code = UpsTimes.trimmed(e.statusCode());
            }
            case DELIVERY -> {
                type = "D";
                code = null;
                description = description == null ? "Delivered" : description;
            }
            case GENERIC -> {
                String activity = UpsTimes.trimmed(e.activityType());
                type = genericType(activity);
                if (type == null) {
                    return Optional.empty();
                }
                code = activity;
            }
            default -> {
                return Optional.empty();
            }
        }
        boolean exception = TrackingEvent.isExceptionType(type);
        return Optional.of(new TrackingEvent(tn.toUpperCase(Locale.ROOT), null, type, code, description, at, null,
                null, location(e), null, "D".equals(type) ? at : null, exception, exception ? description : null,
                TrackingSource.QUANTUM_VIEW));
    }

    static String genericType(String activityType) {
        if (activityType == null) {
            return null;
        }
        return switch (activityType.toUpperCase(Locale.ROOT)) {
            case "OD", "OT", "RO" -> "O";
            case "VM" -> "MV";
            case "UD" -> "U";
            case "DS", "AG", "SD", "AD" -> "I";
            default -> null;
        };
    }

    private static String location(QuantumViewEvent e) {
        StringJoiner line = new StringJoiner(", ");
        for (String part : new String[] {e.city(), e.stateProvince(), e.countryCode()}) {
            String value = UpsTimes.trimmed(part);
            if (value != null) {
                line.add(value);
            }
        }
        return line.length() == 0 ? null : line.toString();
    }
}
