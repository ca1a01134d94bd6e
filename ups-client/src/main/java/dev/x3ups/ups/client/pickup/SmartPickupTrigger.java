package dev.x3ups.ups.client.pickup;

import java.time.LocalDate;

/**
 * UPS's answer to a Smart Pickup trigger: the day the pickup is on ({@code serviceDate}, site-local; the next
 * business day when same-day was asked after the cutoff, then {@code nextBusinessDay}), its PRN, and whether this
 * call scheduled it ({@link Status#NEW}) or it already existed for that day ({@link Status#EXISTING}), which makes
 * the trigger safe to repeat.
 */
public record SmartPickupTrigger(String prn, LocalDate serviceDate, Status status, boolean nextBusinessDay) {

    public enum Status {
        NEW, EXISTING, UNKNOWN;

        static Status of(String code, String description) {
            if ("01".equals(code) || "NEW".equalsIgnoreCase(description)) {
                return NEW;
            }
            if ("02".equals(code) || "EXISTING".equalsIgnoreCase(description)) {
                return EXISTING;
            }
            return UNKNOWN;
        }
    }

    /** When to pick up: today, or the next business day. */
    public enum When {
        SAME_DAY("01"), NEXT_BUSINESS_DAY("02");

        private final String code;

        When(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }
    }
}
