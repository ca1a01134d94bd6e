package dev.x3ups.ups.simulator.timeline;

import java.time.Instant;

/**
 * One scan. {@code type} is the Track API status type (M, P, I, O, X, D, RS, MV); {@code code} the
 * two-letter activity code; {@code descriptionCode} the three-digit simplified code.
 */
public record TimelineEvent(int index, Instant at, String type, String code, String description,
                            String descriptionCode, EventLocation location) {

    /** Track Alert knows only D, I, M, MV, U, X: pickup and out-for-delivery travel as I, a return as X. */
    public String trackAlertType() {
        return switch (type) {
            case "P", "O" -> "I";
            case "RS" -> "X";
            default -> type;
        };
    }

    public boolean delivered() {
        return "D".equals(type);
    }
}
