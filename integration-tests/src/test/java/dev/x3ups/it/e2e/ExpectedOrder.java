package dev.x3ups.it.e2e;

/**
 * An order the test put into X3 and what must become of it: a good one shipped once and delivered, a bad one
 * flagged with its reason.
 *
 * @param kind   {@code SALES} or {@code PURCHASE}, as in the order key
 * @param number X3 order number, the key of its {@code YSHIPTRK} write-back row
 * @param bad    made unshippable on purpose (bad address or a line without weight)
 */
record ExpectedOrder(String kind, String number, boolean bad) {

    static final String FOLDER = "SEED";

    /** The pipeline's business key: also the UPS reference the shipment carries. */
    String key() {
        return FOLDER + ":" + kind + ":" + number;
    }
}
