package dev.x3ups.ups.sink.planning;

/**
 * The order cannot be shipped as it stands (address UPS cannot represent, no weight, unknown site,
 * no service for its delivery mode). Carries a stable code and a precise reason for the X3 exception
 * flag; never retried until the order changes.
 */
public class UnshippableOrderException extends Exception {
    /** The order's site has no configured ship-from address and account. */
    public static final String UNKNOWN_SITE = "UNKNOWN_SITE";
    /** A line has neither a line weight nor a unit weight. */
    public static final String NO_WEIGHT = "NO_WEIGHT";
    /** A weight unit that is not KG, LB, G or OZ. */
    public static final String UNKNOWN_WEIGHT_UNIT = "UNKNOWN_WEIGHT_UNIT";
    /** One indivisible unit weighs more than the per-package maximum. */
    public static final String OVERWEIGHT_ITEM = "OVERWEIGHT_ITEM";
    /** Nothing to ship: no line with a positive quantity. */
    public static final String NO_LINES = "NO_LINES";
    /** No UPS service for the order's delivery mode, or none of the allowed services is offered. */
    public static final String NO_SERVICE = "NO_SERVICE";
    /** Street lines that do not fit three UPS lines of 35 characters at word boundaries. */
    public static final String ADDRESS_TOO_LONG = "ADDRESS_TOO_LONG";
    /** An address without any street line. */
    public static final String NO_ADDRESS_LINE = "NO_ADDRESS_LINE";
    /** A name that fits neither 35 characters nor name plus a free attention line. */
    public static final String NAME_TOO_LONG = "NAME_TOO_LONG";
    /** A party without a name. */
    public static final String NO_NAME = "NO_NAME";
    /** Any other field over UPS's length (attention, city, state, e-mail, phone). */
    public static final String FIELD_TOO_LONG = "FIELD_TOO_LONG";
    /** Text with characters that have no ASCII form for the label. */
    public static final String NOT_ASCII = "NOT_ASCII";
    /** US/CA address without a state or province. */
    public static final String NO_STATE = "NO_STATE";
    /** A state or province that is not one of the country's. */
    public static final String BAD_STATE = "BAD_STATE";
    /** A country that requires a postal code has none. */
    public static final String NO_POSTAL_CODE = "NO_POSTAL_CODE";
    /** A postal code that does not match the country's format. */
    public static final String BAD_POSTAL_CODE = "BAD_POSTAL_CODE";
    /** A country code that is not two letters, or an order without a ship-to or ship-from. */
    public static final String BAD_ADDRESS = "BAD_ADDRESS";
    /** A US to Canada or Puerto Rico shipment without the order total UPS requires. */
    public static final String NO_INVOICE_TOTAL = "NO_INVOICE_TOTAL";
    /** A package larger than UPS takes (length over 108 in / 270 cm, or length + girth over 165 in / 330 cm). */
    public static final String OVERSIZE_PACKAGE = "OVERSIZE_PACKAGE";
    /** The order key does not fit UPS's 35-character reference. */
    public static final String REFERENCE_TOO_LONG = "REFERENCE_TOO_LONG";
    /** A purchase order for an Electronic Return Label whose supplier (ship-from) has no e-mail to send it to. */
    public static final String NO_SUPPLIER_EMAIL = "NO_SUPPLIER_EMAIL";

    /** UPS needs a phone for this party (international shipments) and neither X3 nor the site default has one. */
    public static final String NO_PHONE = "NO_PHONE";
    /** A line crossing a border without an HS commodity code, and no default configured. */
    public static final String NO_HS_CODE = "NO_HS_CODE";
    /** A line crossing a border without a country of origin, and no default configured. */
    public static final String NO_ORIGIN = "NO_ORIGIN";
    /** A line crossing a border without a unit price, or an order without a currency. */
    public static final String NO_VALUE = "NO_VALUE";
    /** More lines than a UPS commercial invoice takes. */
    public static final String MANY_LINES = "MANY_LINES";

    private final String code;

    public UnshippableOrderException(String code, String reason) {
        super(reason);
        this.code = code;
    }

    /** A stable code such as {@code ADDRESS_TOO_LONG}, {@code NO_WEIGHT}, {@code UNKNOWN_SITE}. */
    public String code() {
        return code;
    }
}
