package dev.x3ups.ups.simulator.pickup;

import dev.x3ups.ups.simulator.http.ApiResponse;
import dev.x3ups.ups.simulator.http.UpsErrors;

/**
 * The simulator's Pickup refusal codes (HTTP 400). UPS publishes no Pickup error list, so these are the
 * simulator's choice in UPS's 7-digit Pickup family; the ups-client recognises {@link #ALREADY_CANCELLED} and
 * {@link #TOO_LATE_TO_CANCEL} (and UPS's words for them). The README lists them.
 */
public final class PickupErrors {
    public static final String PAST_CALL_BY = "9510001";
    public static final String NOT_A_SERVICE_DAY = "9510002";
    public static final String BAD_DATE = "9510003";
    public static final String BAD_READY_TIME = "9510004";
    public static final String WINDOW_TOO_SHORT = "9510005";
    public static final String BAD_PIECES = "9510006";
    public static final String BAD_PAYMENT = "9510007";
    public static final String STATE_REQUIRED = "9510008";
    public static final String PRN_REQUIRED = "9510009";
    public static final String UNKNOWN_PRN = "9510010";
    public static final String ALREADY_CANCELLED = "9510011";
    public static final String TOO_LATE_TO_CANCEL = "9510012";
    public static final String CANCEL_BY_ACCOUNT = "9510013";
    public static final String UNKNOWN_ACCOUNT = "9510020";
    public static final String ACCOUNT_REQUIRED = "9510021";
    public static final String BAD_OPTION = "9510022";

    private PickupErrors() {
    }

    static ApiResponse refuse(String code, String message) {
        return UpsErrors.error(400, code, message);
    }
}
